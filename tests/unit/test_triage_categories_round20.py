"""Table tests for the categories of DOMAIN section 3 that rounds 20 and 21 found the rules could not read:
intent with a time on it, a plan worked out before a date, a lethality question put hypothetically,
ambivalence ("I keep telling them I'm fine but I don't know", "not that I won't ... just not tonight"),
intent, a plan or an overdose in Bengali, Levantine Arabic and Arabizi, Cantonese and Mandarin; someone
else in danger now (heading to a high place, saying they will jump or hang themselves, not breathing),
harm to another with a weapon and a target or a time (Spanish, Turkish, romanised Punjabi, Québec French),
commands from God or a voice to harm someone (911 first), and a veiled farewell of two cues (forgive me,
thanks for everything, a pet or belongings given away, the children left with a neighbour, ready to go be
with someone gone); and answers read with our question (a means in hand, a plan still on one's mind, not
safe from hurting oneself). And the false alarms: the past told as past in Russian, Ukrainian and
romanised Punjabi, idioms of work and of being busy, the pill emoji for the day's dose or its box, a
kitchen knife put to use, whether a person reads our texts, an opt-out in Spanish words. Each reply was
written for this file, not copied from a blind batch or the labelled set."""

import pytest

from tests.support.triage_tables import category_tests
from textsupport.triage import classify, decision

HARM_ANOTHER = "harm to another with a weapon and a target or a time, in any language"
OTHER_IN_DANGER = "someone else in danger now: a high place, saying they will jump, not breathing"
COMMANDED = "commands from God or a voice to harm someone"
MEANS_ES = ("staff_question", "Hola, soy Lupe del equipo. ¿Tienes el cuchillo cerca de ti ahora?")
PLAN_STILL = (
    "staff_question",
    "Hi Jo, it's Kim. On Monday you mentioned a plan. Are you still thinking about it?",
)
SAFE_FROM = ("staff_question", "I'm checking after your text: are you safe from harming yourself tonight?")

CRISIS = {
    "intent with a time on it": [
        "no point making plans, i wont be here for your birthday anyway",
        "i think this will be my last christmas, wanted someone to hear it",
        "after friday you won't have to worry about me",
    ],
    "a plan worked out, with a date or someone told": [
        "figured out when i'll do it, before the lease ends",
        "sorted out how im going to end it, just so someone knows",
    ],
    "a lethality question put hypothetically": [
        "purely hypothetical but if a person swallowed a whole bottle of tylenol would it be painless",
        "just wondering, if somebody drank an entire bottle of cough syrup could it kill",
    ],
    "ambivalence that does not rule it out": [
        "i keep telling my sister im fine but tbh i dont know",
        "its not that i wont go through with it, just not tonight",
        "nomás que esta noche todavía no, mañana quién sabe",
        "জানিনা কাল পর্যন্ত বাঁচতে পারব কিনা",
    ],
    "intent, a plan or an overdose in Bengali, Levantine Arabic, Arabizi, Cantonese and Mandarin": [
        "আমি আর পারছি না, মরে যেতে চাই",
        "خلص ما عاد فيني، بدي موت",
        "بلعت كل الحبوب اللي عندي",
        "jra7t nafsi bel mous mbere7",
        "好驚自己今晚會做傻事",
        "啱啱食咗成盒藥",
        "听日之后就不用再麻烦你们",
        "今晚燒炭，對唔住",
    ],
    OTHER_IN_DANGER: [
        "my roommate texted that she's heading to the overpass and wont pick up",
        "my cousin keeps saying she'll hang herself, she's in the garage",
        "mi tía dice que se va a tirar del puente",
        "ma soeur crie qu'elle va se jeter par la fenêtre",
        "grandpa fell down the stairs and he isnt breathing",
        "I can't wake my roommate up, there's an empty bottle by the bed",
    ],
    HARM_ANOTHER: [
        "a ese cabrón lo voy a agarrar mañana con el cuchillo",
        "le rompo la madre con el bate esta noche",
        "yarın onu öldüreceğim, silahım hazır",
        "kal ohnu danda maar deyan ga, pakka",
        "ce soir j'arrive chez eux avec la carabine, il va payer",
    ],
    COMMANDED: [
        "the voice keeps telling me to punish my neighbour before morning",
        "god wants me to purify the house with my family inside",
    ],
    "worth more dead, told as a consolation": [
        "at least my wife would have the life insurance payout then",
        "guess the kids could collect my insurance cheque anyway",
    ],
    "a veiled farewell of two cues": [
        "Пробачте мені. Собаку я віддав братові.",
        "سامحوني. ولادي عند اختي",
        "gave my fishing rods to my nephew. ready to go be with my wife now",
        "thanks for everything. the kids are at the neighbours",
    ],
}
URGENT: dict[str, list[str]] = {}
ROUTINE = {
    "the past told as past, in more languages": [
        "pichle saal overdose karke hospital jaana pya, hun changa haan",
        "back in 2015 i overdosed, now i run a support group",
    ],
    "idioms of work and of being busy": [
        "je me suis tué à l'ouvrage sur le patio toute la journée",
        "攰到想死，但係聽日放假",
        "gonna launch myself into the sun if this printer jams again",
    ],
    "means in ordinary use": [
        "got a new 💊 box from the pharmacy, it has days of the week",
        "took my bedtime 💊, night all",
        "finally cooked with the chef's knife my aunt gave me, made curry",
    ],
    "a new plant or pet named (a guard found on retraining)": [
        "picked up a little succulent at the market, named her penny",
    ],
    "a question about our programme, an opt-out in words": [
        "are you a bot or a real human?",
        "ya no me escriban textos, ya terminé el estudio",
    ],
}


test_each_category_of_section_3, test_the_rules_alone_read_each_crisis = category_tests(
    CRISIS, URGENT, ROUTINE
)


@pytest.mark.parametrize("text", CRISIS[HARM_ANOTHER] + CRISIS[OTHER_IN_DANGER] + CRISIS[COMMANDED])
def test_harm_to_another_and_someone_else_in_danger_lead_with_911(text):
    assert classify(text).emergency


@pytest.mark.parametrize(
    "text",
    [
        "won't be around this weekend, camping at the lake",
        "this is my last week at the warehouse, new job monday!",
        "figured out how to do the taxes before the deadline",
        "mom texted that she's headed to the bridge club with aunt lil",
        "my teenager is not waking up till noon lol",
        # the model alone reads these two as crisis (0.61 and 0.57 at 9ab3274): a rules-alone test
        "mi primo dice que se va a tirar en paracaídas el sábado",
        "God told me to forgive my sister",
        "gave my spare skates to a coworker's kid last week",
        "the kids are with the neighbour while i'm at work",
        "mañana corto la caña con el machete",
        "ce soir j'arrive au camp avec la carabine pour l'orignal",
        "bought charcoal for the barbecue tonight",
        "我諗好咗點做份功課",
    ],
)
def test_the_new_rules_do_not_read_these_counterparts(text):
    assert decision.rules_read(text)[0].level != "crisis"


@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        # the means in hand, asked in Spanish
        ("sí, aquí en mi bolsa", MEANS_ES, "crisis"),
        ("no", MEANS_ES, "routine"),
        # a plan recalled: still on one's mind is crisis
        ("yep, thinking about it every day", PLAN_STILL, "crisis"),
        # safe from harming oneself: "no" is crisis
        ("nope, not tonight", SAFE_FROM, "crisis"),
        ("yes, i'm safe", SAFE_FROM, "routine"),
    ],
)
def test_answers_read_with_our_question(text, context, expected):
    assert classify(text, context).level == expected
