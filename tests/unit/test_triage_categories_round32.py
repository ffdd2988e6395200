"""Table tests for the categories of DOMAIN section 3 that rounds 32-33 found the rules read only as urgent or
routine, written for each category in general: the wish not to live typed in Latin letters for Korean,
Mandarin, Ukrainian, Russian and Arabic, or in Dutch and Malayalam, a world better without oneself in Arabic,
not being safe with oneself; an overdose (a medicine cabinet in Russian, a whole bottle in Urdu in Latin
letters, Korean with two adverbs), self-harm bleeding that will not stop (Cantonese, Mandarin), lethal means
gathered or in hand beside an end (Persian, Arabic in Latin letters), one round kept for a purpose unsaid;
someone else threatened now (heard through a wall, in Spanish, in Punjabi in Latin letters), someone else's
stated intent (Arabic) or overdose (Somali); voices commanding harm in Tigrinya and Amharic; a lethality
question about a poison drunk; veiled farewells (goodbyes said or letters written to one's people, a pet
given away and better off, thanks to all of you for everything, help later being too late); ambivalence (a
promise kept to tonight beside no way out; "not today, ask me tomorrow"); and the false alarms beside them:
the same words in an idiom laughed at, a food, a pastime, a video game, a pharmacy job, a training course, a
complaint about a past wellness check, the past. Urgent: essential medicine run out in Spanish (a
prescription, not a recipe), nowhere warm to sleep in the cold, asking for contact in Hindi and Punjabi in
Latin letters. Answers in context: "no" to a safety question in Tagalog and Vietnamese, a means still held or
given up, a firearm by its calibre, a denial kept to today, the means taken away by someone else, safe with
one's family, one's usual medicine, days since the last dose. Each reply was written for this file, not
copied from a blind batch or the labelled set."""

import pytest

from tests.support.triage_tables import category_tests, urgent_rules_test
from textsupport.triage import classify, decision

THOUGHTS = ("staff_question", "Any thoughts of ending your life since we talked?")
GUN = ("staff_question", "Is the rifle still in the house?")
SAFE_FR = ("staff_question", "Es-tu en sécurité ce soir?")
SAFE_EN = ("staff_question", "Are you safe right now?")
TAKEN = ("staff_question", "Did you take anything tonight?")
LAST_DOSE = ("staff_question", "When did you last take your clozapine?")
SAFE_TL = ("staff_question", "Kumusta ka? Ligtas ka ba ngayong gabi?")
SAFE_VI = ("staff_question", "Bạn có an toàn không?")
GIVEN_UP = ("staff_question", "Were you able to get rid of the spare pills like we planned?")
MEANS = ("staff_question", "Is there anything in the house you could use to hurt yourself?")
TEXT_CAME = ("daily", "Did this morning's text come through all right?")

CRISIS = {
    "not wanting to live in Latin letters (Korean, Mandarin, Ukrainian, Russian, Arabic), Dutch, Malayalam": [
        "jukgo sipeo ㅠㅠ",
        "salgi sileo jinjja",
        "wo bu xiang huo le",
        "ne khochu bolshe zhit",
        "khochu pomerty",
        "ana mesh 3ayza a3eesh",
        "baddi moot",
        "ik wil niet meer leven",
        "ഇനി ജീവിക്കേണ്ട",
    ],
    "a world better without me (Arabic), not safe with myself (English, French, Spanish)": [
        "الكل أحسن بدوني",
        "i dont feel safe around myself right now",
        "je suis pas en sécurité avec moi ce soir",
        "no me siento a salvo conmigo mismo",
    ],
    "overdose: a medicine cabinet (Ukrainian), a whole bottle (Urdu), two adverbs (Korean)": [
        "проглотила все таблетки из аптечки",
        "ковтнула всі пігулки, що були вдома",
        "goliyan ki poori botal kha li",
        "진통제를 한꺼번에 전부 먹었어",
    ],
    "self-harm bleeding that will not stop (Cantonese, Mandarin)": [
        "又𠝹咗手，血止唔住",
        "我又割手了，一直流血止不住",
    ],
    "lethal means: gathered or in hand beside an end (Persian, Arabic), one round kept": [
        "قرص‌هامو جمع کردم. امشب",
        "el dawa kollo b idi, khalas",
        "saved one bullet. you know what its for",
    ],
    "someone else in danger: a threat heard now, their stated intent or overdose (Arabic, Somali)": [
        "the guy next door is screaming hell stab her, i can hear it right now",
        "mi hermana dice que su novio saco una pistola, ahora mismo",
        "bhra ne chaku kadh lya, dhamkiyan de reha, abhi",
        "أختي تقول إنها ستقتل نفسها",
        "hooyaday daawo badan ayay liqday",
    ],
    "voices commanding harm (Tigrinya, Amharic)": [
        "ድምጺ ቅተሎ ይብለኒ",
        "ድምጾች ግደለው ይሉኛል",
    ],
    "a question about lethality: a poison drunk": [
        "could someone survive if they drank bleach? just wondering",
        "se puede sobrevivir si uno toma anticongelante",
    ],
    "a veiled farewell: goodbyes said, letters written, a pet given, thanks to all, too late": [
        "nagpaalam na ako kay nanay. salamat sa lahat",
        "написал письма всем. спасибо за всё",
        "afscheidsbrief geschreven voor mijn zoon. bedankt voor alles",
        "gave her to my cousin, shes better off",
        "thank each of you for everything. take care of each other",
        "tomorrow will be too late. im sorry",
    ],
    "ambivalence: a promise kept to tonight beside no way out": [
        "je ne vois plus d'issue mais je vais rien faire ce soir",
        "ya no aguanto mas, pero hoy no voy a hacer nada",
    ],
}
URGENT = {
    "essential medicine run out in Spanish, a prescription (not a recipe) refused": [
        "se me acabó la clozapina, sin receta nueva no me la dan",
    ],
    "no safe place to sleep in dangerous weather": [
        "sleeping in the truck tonight, its minus 35",
        "slept in a tent by the river, freezing",
    ],
    "asking for contact in Hindi and Punjabi in Latin letters": [
        "rent nahi diya abhi tak. ek baar call kar lo please",
        "boss ne kaam ton kadd ditta te hun kise naal gal karni aa",
    ],
}
ROUTINE = {
    "the same words in an idiom, a food, a pastime, a course, a past wellness check, the past": [
        "mon chum va me tuer, j'ai encore oublié le lait 😂",
        "ce gâteau va me tuer mdr",
        "mi mamá me va a matar de un infarto con tanta grasa",
        "my sister is gonna kill me lol i wore her jacket",
        "i unalived a whole bag of chips lmao",
        "went bungee jumping at the river valley!! best day",
        "took a course on overdose prevention at the library, learned how to use narcan",
        "not suicidal, just please dont call the police again like last time",
        "kent baddi moot el sene el madye, halla2 ahsan",
        "tomorrow is too late for the pharmacy, they close at 6",
        "saved one bullet casing from grandpas funeral for the shadow box",
        "gave her to my cousin for the weekend while we move, shes better off there",
        "khochu pomerty ot smekha 😂",
        "la receta de mi abuela lleva 800 mg de azafrán, no puedo",
        "slept in the camper at the lake, heater on, cozy",
        "killed 3 guys in warzone lol 🔫",
        "work at london drugs, counted 400 tablets for blister packs today",
    ],
}

test_each_category_of_section_3, test_the_rules_alone_read_each_crisis = category_tests(
    CRISIS, URGENT, ROUTINE
)

test_the_rules_alone_read_each_urgent_need = urgent_rules_test(URGENT)


@pytest.mark.parametrize(
    "text",
    [
        # a means at a pharmacy when one works there is a job; bought there and counted, it is not
        "counting my pills at shoppers, 60 should do it",
        # the French ligature read as the word it is: "sœur" is "soeur", and she is someone else
        "ma sœur a pris toutes ses pilules et elle répond plus",
    ],
)
def test_a_means_bought_and_someone_elses_overdose_stay_crisis(text):
    assert classify(text).level == "crisis"


@pytest.mark.parametrize(
    "text",
    [
        # the same words with what makes them risk taken away: the rules must not read these as crisis
        "ik wil niet meer zijn zonder mijn hond, hij is zo lief",
        "mesh 3ayez amoot men el ta3ab, bas ta3ban shwaya",
        "i wont do anything tonight, just sleep",
        "gave my old bike to my nephew, hes better off",
        "my brother says the voices are loud but hes fine",
        "he said hell kill the spider",
    ],
)
def test_the_new_rules_do_not_read_these_counterparts(text):
    assert decision.rules_read(text)[0].level != "crisis"


@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        # "no" to a safety question in Tagalog and Vietnamese ...
        ("hindi po", SAFE_TL, "crisis"),
        ("không", SAFE_VI, "crisis"),
        # ... and after a question about our texts
        ("hindi po", TEXT_CAME, "routine"),
        # a means still held, to a question whether it was given up; a means given up
        ("nope still have them", GIVEN_UP, "crisis"),
        ("no", GIVEN_UP, "crisis"),
        ("yes, dropped them at the pharmacy", GIVEN_UP, "routine"),
        # a firearm named by its calibre, to a question about means
        ("just the 308. shells in the drawer", MEANS, "crisis"),
        ("a .22 under the bed", MEANS, "crisis"),
        # a denial kept to today, to a question about thoughts of suicide; a plain denial
        ("not today, maybe tomorrow", THOUGHTS, "crisis"),
        ("not today", THOUGHTS, "routine"),
        # the means taken away by someone else, safe with one's family, one's usual medicine: the answer
        # explains itself
        ("nope my dad took it to his place till the spring", GUN, "routine"),
        ("oui oui chez mes parents a Edmonton", SAFE_FR, "routine"),
        ("no my uncle has them locked up at his house", GUN, "routine"),
        ("only my usual bedtime pills and some tea", TAKEN, "routine"),
        # ... but not with the means kept beside it
        ("yes im at my sisters, got the pills with me tho", SAFE_EN, "crisis"),
        # days since the last dose of an essential medicine; this morning
        ("since friday", LAST_DOSE, "urgent"),
        ("this morning with breakfast", LAST_DOSE, "routine"),
    ],
)
def test_answers_to_safety_and_means_questions(text, context, expected):
    assert classify(text, context).level == expected
