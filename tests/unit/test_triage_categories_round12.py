"""Table tests for the categories of DOMAIN section 3 that round 12 found the rules could not read (a safety
question turned aside, "define safe" or "eh"; a number on the questionnaire's item about being better off
dead; someone else out of reach with pills or a knife, or at a bridge with the phone off; a plan with a
parent's gun in French or Spanish; all of one's medicine tonight in Tagalog and other languages; risk beside
a double negation in Spanish or French; a denial that ends tonight; voices commanding harm to a neighbour in
French, resistance failing; a farewell with no word after today in other languages; ambivalence in
Ukrainian, Russian, Spanish and French; a poison swallowed; a threat from someone armed, now; more of a drug
than ever, on purpose or with the body failing) and for the false alarms it raised (a supply of medicine
picked up, a shift counting opioids at the pharmacy, a sobriety milestone with its surprise, a number for a
low mood, where one woke after a blackout, the voices refused; and, once round 12 was joined, what the
retrained model read as crisis: lost in a pastime, an ordinary plan for tonight, a hobby that calms). Each
reply was written for this file, not copied from a blind batch or the labelled set, and each category holds
several wordings."""

import pytest

from tests.support.triage_tables import category_tests
from textsupport.triage import classify

SAFE = ("staff_reply", "Checking in after your last message. Are you safe tonight?")
PHQ9 = (
    "questionnaire",
    "Over the last 2 weeks, how often have you been bothered by thoughts that you would be better off dead "
    "or of hurting yourself in some way? 0 = not at all, 1 = several days, 2 = more than half the days, "
    "3 = nearly every day",
)
MOOD = ("daily", "How would you rate your mood today? 0 = awful, 10 = great")
DOWN = (
    "questionnaire",
    "How often have you felt down or hopeless lately? 0 = not at all, 3 = nearly every day",
)
LINK = ("daily", "Did the survey link open for you?")

CRISIS = {
    "someone else out of reach with pills or a knife": [
        "my housemate took her meds into her room and wont answer the door",
        "ma blonde est partie avec ses pilules pis elle répond pu",
        "mi amigo se fue con sus pastillas y apagó el celular",
        "my flatmate left with a knife and her phone is off",
    ],
    "someone else at a bridge or the river, the phone off": [
        "my sister went to the river and her phone is off",
        "mon frère est au pont pis son cell est fermé",
        "mi papá está en el puente y tiene el celular apagado",
        "mi prima dice que se va a tirar del edificio, ya no contesta",
    ],
    "someone else out of reach with a knife, in another language": [
        "ang kapatid ko nagpaalam, hindi na sumasagot, may dalang kutsilyo",
        "мой друг не отвечает, у него нож",
    ],
    "a plan with a parent's gun, in French or Spanish": [
        "je vais me tirer avec la carabine de mon oncle ce soir",
        "j'pense à me mettre une balle",
        "me voy a pegar un tiro, mi papá tiene una pistola en el closet",
    ],
    "all of one's medicine tonight, in other languages": [
        "iinumin ko lahat ng tableta ko ngayong gabi",
        "я вип'ю всі таблетки сьогодні",
        "vou tomar todos os comprimidos hoje",
    ],
    "risk beside a double negation": [
        "no es que no quiera morir, es que me da miedo",
        "c'est pas que j'ai pas envie d'en finir",
    ],
    "a denial that ends tonight": [
        "i'll never bother anyone again after tonight",
        "nunca más voy a sufrir después de esta noche",
        "plus jamais je vais pleurer après ce soir",
    ],
    "voices commanding harm to another, resistance failing": [
        "la voix me demande d'attaquer ma voisine et je sais pas si je vais pouvoir résister",
        "les voix me disent de faire mal à ma mère",
        "elles me disent de le frapper, je sais pas si je vais être capable de résister",
    ],
    "no word after today, in other languages": [
        "لن تسمعوا مني بعد الليلة",
        "hindi niyo na ako maririnig",
        "vous entendrez plus jamais parler de moi",
        "ви більше не почуєте мене",
    ],
    "ambivalence in other languages": [
        "не знаю, чи не зроблю щось собі",
        "не уверена, что ничего с собой не сделаю",
        "no sé si me voy a hacer algo esta noche",
        "je suis pas sûre que je vais pas me faire quelque chose",
    ],
    "a poison swallowed": [
        "i swallowed some drain cleaner",
        "chugged windshield washer fluid an hour ago",
        "j'ai bu de l'antigel",
        "me tomé el raticida",
    ],
    "danger from someone armed, now": [
        "my boyfriend has a knife and he's banging on the door saying he'll kill me",
        "the guy from upstairs pulled a gun and is outside my door",
        "mi esposo tiene un machete y viene para acá",
    ],
    "more of a drug than ever, on purpose or with the body failing": [
        "used way more than usual on purpose tonight",
        "i took double what i normally do and now i cant stay awake",
        "shot up more than i ever did, breathing feels slow",
    ],
    "a plan for tonight that is a means": ["my plan for tonight is pills and vodka"],
}
URGENT = {
    "a voice command refused is still psychosis": [
        "the voices keep telling me to cut myself but im not going to listen",
    ],
}
ROUTINE = {
    "a supply of medicine picked up": [
        "picked up my refills from shoppers, all good",
        "got the 90 day supply of my seroquel from the pharmacy today",
        "grabbed my insulin and a 3 month supply at costco",
    ],
    "opioids counted on a shift at the pharmacy or the clinic": [
        "filling in at the pharmacy, counted fentanyl patches all morning",
        "on my practicum at the hospital, counting morphine with the nurse",
    ],
    "a sobriety milestone and its surprise": [
        "3 yrs clean on sunday, can't believe it!",
        "6 mos sober today, cant believe it",
    ],
    "a poison in ordinary use": [
        "made a tea, hope it's not poison ivy lol",
        "topped up the antifreeze in the truck",
    ],
    "where one woke or parked": [
        "parked in the parkade by the clinic, see you at 2",
        "woke up on the couch again lol",
    ],
    "someone armed in ordinary use": [
        "my dad has a rifle and is coming over to take me deer hunting",
        "my brother is coming over with a knife set for the bbq",
    ],
    "more than usual, with nothing else": [
        "drank way more than usual at the wedding lol",
        "ate more than i ever have at thanksgiving",
    ],
    "a double negation that rules it out, a denial that stays": [
        "no es que quiera morir, solo estoy cansada",
        "i will never hurt myself again",
        "never drinking again after tonight lol",
    ],
    # with round 12 joined, the retrained model read these as crisis (0.55 to 0.92) until two guards
    "lost in a pastime, an ordinary plan for tonight, a hobby that calms": [
        "gonna disappear into my new novel tonight",
        "our plans for tonight are takeout and a movie",
        "my plan tonight is nothing lol",
        "painting keeps me calm",
    ],
    "no word after today, for a reason": [
        "ما رح تسمعوا مني بعد اليوم لأني مسافر",
        "ya no van a saber de mí esta semana, me voy de viaje sin señal",
    ],
}


test_each_category_of_section_3, test_the_rules_alone_read_each_crisis = category_tests(
    CRISIS, URGENT, ROUTINE
)


@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        # a safety question turned aside is no answer that rules it out
        ("define safe", SAFE, "crisis"),
        ("what counts as safe lol", SAFE, "crisis"),
        ("eh", SAFE, "crisis"),
        ("meh.", SAFE, "crisis"),
        ("safe enough", SAFE, "crisis"),
        ("eh", LINK, "routine"),
        # the questionnaire's item on being better off dead: any day is crisis, none is not
        ("2", PHQ9, "crisis"),
        ("1", PHQ9, "crisis"),
        ("0", PHQ9, "routine"),
        # a low mood given on our scale is distress; a good one is not
        ("1", MOOD, "urgent"),
        ("9", MOOD, "routine"),
        ("3", DOWN, "urgent"),
        ("0", DOWN, "routine"),
    ],
)
def test_an_answer_read_with_our_question(text, context, expected):
    assert classify(text, context).level == expected


def test_someone_armed_now_leads_with_911():
    assert classify("my ex is outside with a gun saying he'll shoot us").emergency
    assert classify("mi hermano está en el puente y no contesta").emergency
