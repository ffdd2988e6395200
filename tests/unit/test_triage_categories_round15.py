"""Table tests for the categories of DOMAIN section 3 that round 15 found the rules could not read: a veiled
farewell that passes thanks on through us and tells a group to take care of themselves; passive ideation
(not minding never waking up) beside a denial; someone armed going at another person now; not coping
("barely hanging on") beside a denial of self-harm; asking to be called back "when you can" (no past); "no"
then what happened, answering our question ("no ran out ..."). And the false alarms it raised: pills and
doses handled on a ward or a double at the pharmacy, an overdose of a food, self-harm told as a habit of
the past, a milestone told by what stopped, poison put out for pests, a recipe's instruction, idioms of
dying or killing in French, Spanish, German, Portuguese, Chinese, Vietnamese and Arabic, short thanks and
greetings in the common languages of a Canadian city, when the texts should come, a task put off in
answer to a question about logistics, and a number chosen among the ones our text offered. Each reply was
written for this file, not copied from a blind batch or the labelled set
(`test_no_reply_is_copied_from_a_round_or_the_set`)."""

import pytest

from tests.support.triage_data import BLIND, LABELLED, read
from tests.support.triage_tables import category_tests
from textsupport.triage import classify, decision

SAFE = ("staff_reply", "Thanks for telling me. Are you somewhere safe tonight?")
PLAN = ("staff_reply", "Have you made a plan to end your life?")
MEDS = ("staff_reply", "Are you still taking your medication every day?")
SURVEY = ("survey_reminder", "Did you have time to fill in the 6-month questionnaire yet?")
CHOICE = ("logistics", "Reply 1 to keep your call on Thursday at 3 pm, or 2 to pick another time.")

CRISIS = {
    "a veiled farewell: thanks passed on through us, a group told to take care of themselves": [
        "let marco know i said thank you. take care of each other",
        "tell my sister i said bye. look after yourselves",
    ],
    "passive ideation beside a denial: not minding never waking up": [
        "not planning anything but honestly i wouldnt mind never waking up",
        "i wont do anything but id be ok if i didnt wake up tomorrow",
        "no me importaria no despertar mañana",
    ],
    "someone armed going at another person now": [
        "my uncle has a machete and is yelling at my aunt in the yard",
        "guy on my floor got a knife and hes going after his roommate",
        "my stepdad grabbed the bat and is chasing my mom around the house",
    ],
}

URGENT = {
    "not coping beside a denial of self-harm": [
        "i wont hurt myself but im barely holding it together",
        "not going to do anything stupid, just barely keeping my head above water",
        "im hanging on by a thread tbh",
    ],
    "asking to be called back when they can": [
        "can u call me back when ur free, need to talk",
        "text me back when you get this please",
    ],
}

ROUTINE = {
    "pills and doses handled on a ward or at a pharmacy job": [
        "two patients on dilaudid drips tonight and a new admit, no break yet",
        "pulled a double at the pharmacy, bagged like 300 tylenol 3s",
    ],
    "an overdose of a food": [
        "i may have overdosed on the cheese at that party 🧀",
        "overdosed on hot sauce again, my mouth is on fire",
    ],
    "self-harm told as a habit of the past": [
        "i used to cut myself back in grade 9, im doing way better these days",
    ],
    "a milestone told by what stopped": [
        "8 months no booze today!!",
        "a year off the weed and feeling it 💪",
    ],
    "poison put out for pests": [
        "laid gopher bait along the fence line all morning, my back is done",
    ],
}

# Counterparts of the crisis rules above, which those rules must not read as crisis: a sign-off with a next
# time, a lie-in, a tool taken to a wall. (The model, not the rules, reads the lie-in as crisis, 0.78: a
# model over-read left for the next retrain, so the test holds the rules alone.)
COUNTERPARTS = [
    "tell jo i said thanks for the ride! take care of yourselves, see you next week",
    "honestly i wouldnt mind not waking up early for once",
    "my dad has a hammer and is going at the old drywall in the basement",
]

# Replies that must stay routine, not only below crisis: a peer worker need not read them first.
STAYS_ROUTINE = {
    "an idiom of dying or killing, in other languages": [
        "cette chaleur-là me tue",
        "esta semana me está matando jaja",
        "wir haben uns totgelacht beim film",
        "estou morrendo de fome, vou almoçar",
        "搬了一天家，累死了",
        "cười chết mất với con mèo nhà tôi",
        "بموت من الضحك على هالفيديو",
    ],
    "short thanks and greetings in the common languages of a Canadian city": [
        "maraming salamat po",
        "多谢你们",
        "شكراً جزيلاً",
        "ਬਹੁਤ ਧੰਨਵਾਦ",
        "mahadsanid walaal",
        "дякуємо вам",
        "спасибо, хорошего дня",
        "cảm ơn nhiều",
        "obrigada!",
        "danke schön",
        "miigwech",
    ],
    "when the texts should come": [
        "could the texts come at 9 pm instead",
        "send it earlier pls, im asleep by noon on weekends",
    ],
    "a recipe's instruction": [
        "la recette dit de saisir le homard vivant, je peux pas",
    ],
    "a food overdosed on, a habit of the past, a milestone, pest poison": [
        "overdosed on the garlic bread lol",
        "used to cut a lot as a teen, its been about ten years now",
        "90 days no drinking 🎉",
        "putting out mouse bait in the garage this weekend",
    ],
}


test_each_category_of_section_3, test_the_rules_alone_read_each_crisis = category_tests(
    CRISIS, URGENT, ROUTINE
)


@pytest.mark.parametrize("text", [text for texts in STAYS_ROUTINE.values() for text in texts])
def test_false_alarms_and_thanks_stay_routine(text):
    verdict = classify(text)
    assert verdict.level == "routine", verdict.reasons


@pytest.mark.parametrize("text", COUNTERPARTS)
def test_the_rules_alone_read_no_counterpart_as_crisis(text):
    assert decision.rules_read(text)[0].level != "crisis"


@pytest.mark.parametrize("text", CRISIS["someone armed going at another person now"])
def test_someone_armed_leads_with_911(text):
    assert classify(text).emergency


@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        # "no" then what happened, answering our question: the "no" negates nothing
        ("no ran out of my meds on friday", MEDS, "urgent"),
        ("nope stopped taking them last week", MEDS, "urgent"),
        # a task put off, in answer to a question about logistics ...
        ("no not yet", SURVEY, "routine"),
        ("not yet, this weekend", SURVEY, "routine"),
        # ... rules nothing out after a question about a plan or safety (DOMAIN: ambivalence)
        ("no not yet", PLAN, "crisis"),
        ("no not yet", SAFE, "crisis"),
        # a number chosen among the ones our text offered
        ("1", CHOICE, "routine"),
        ("2", CHOICE, "routine"),
    ],
)
def test_answers_read_with_our_question(text, context, expected):
    assert classify(text, context).level == expected


def test_no_reply_is_copied_from_a_round_or_the_set():
    seen = {row.text.strip().lower() for row in read(LABELLED)}
    seen |= {row.text.strip().lower() for path in BLIND.glob("*.csv") for row in read(path)}
    tables = (CRISIS, URGENT, ROUTINE, STAYS_ROUTINE)
    mine = [text for table in tables for texts in table.values() for text in texts] + COUNTERPARTS
    assert not [text for text in mine if text.strip().lower() in seen]
