"""Section 3's categories in the forms round 7 showed the rules did not read: typos, emoji, Québec French
and Spanish, answers read with our question, and the false alarms of lethal means at work, in a hobby,
on the farm and in a recipe. Every reply here is written for this test (none is copied from a blind
batch or the labelled set); each category has several wordings so that a rule for one string fails."""

import pytest

from textsupport.triage import classify, spelling
from textsupport.triage.classifier import JOKE_MARKED, by_rules
from textsupport.triage.context import Context, resolve

CRISIS = {
    "command voices with typos": [
        "the voicez keep tellin me to cut, cant fight em",
        "voises say i should hurt my mom and im so tired of fiteing it",
        "hearing the voics agen they want me to jump off the balcony",
    ],
    "command voices in emoji": [
        "😈 keeps saying kill him",
        "👂👿 tells me to hurt myself. losing",
    ],
    "command voices, the speaker named": [
        "the man in the walls says i have to get her first before she gets me",
        "the thing in my head told me to stab my roommate",
    ],
    "someone else in danger in Québec French": [
        "ma blonde s'est enfermée dans le char avec ses pilules pis a répond pu",
        "mon coloc est dans sa chambre avec la carabine pis y répond pas",
        "mon frère est inconscient sur le plancher",
    ],
    "someone else in danger in Spanish": [
        "mi primo está en el baño con la pistola y no contesta",
        "mi mamá tomó muchas pastillas y no reacciona",
        "mi amiga se desmayó y no respira bien",
    ],
    "a question about lethality in emoji": [
        "💊💊💊 + 🥃 = ⚰️?",
        "how many 💊 ☠️",
        "20 tylenol 💀?",
    ],
    "a question about lethality in joual or Spanish": [
        "combien de seroquel pour pu me réveiller",
        "cuántas pastillas para no despertar",
        "how much xanax to never wake up",
    ],
    "thanks for everything, alone": [
        "thank you so much for everything",
        "thx for everything guys ❤️",
        "merci pour tout",
    ],
    "a plan told through its means": [
        "got the hose and some tape for the car, garage is free sunday",
        "bought charcoal. taping the windows of the van tonight",
    ],
    "double negatives with typos": [
        "i dont NOT want to kil myself if that makes sence",
        "im not gonna say i cant not hurt myself",
    ],
    "someone else at risk, their plan and no answer": [
        "my sister said shes going to do it and now her phone is off",
    ],
}

ROUTINE = {
    "lethal means at work": [
        "stocked the advil and tylenol shelves all shift",
        "counting the 500mg naproxen at the pharmacy inventory tonight",
        "worked the rope aisle again, customers wanted 50 ft lengths",
        "closing shift at the gun club, cleaned every rifle in the rack",
    ],
    "the knife emoji in a hobby, on the farm or in a recipe": [
        "🔪🐟 cleaned my catch at the lake",
        "🔪🥕🧅 soup for the week",
        "butchering chickens with grandma 🔪🐓",
        "🔪🎃 carving pumpkins with the kids",
    ],
    "the past in Spanish and French": [
        "el año pasado me corté mucho, ahora ya no",
        "y a deux ans je voulais mourir, là je vais bien",
        "hace tiempo tomé muchas pastillas, hoy celebro un año limpia",
    ],
    "an admission anniversary": [
        "a year since i was admitted. back then i had the pills lined up, today i made pancakes",
    ],
    "the death of me, misspelled": [
        "these stairs will be the deth of me",
        "my boss is gonna b the death of me lol",
    ],
    "a joke marked as a joke": ["if he spoils the finale i will end him jk"],
}
# a reply marked as a joke where no rule fired: the joke is a guard for the model, which needs to be very
# confident to raise it (DOMAIN section 3: never a crisis on the model's word alone past a guard)
JOKES_NO_RULE = [
    "my roommate ate my leftovers, shes done for. jk jk",
    "ok that quiz question made me want to yeet my laptop into the sun lol jk",
]

IN_CONTEXT = {
    "crisis": [
        ("yes, and they say to do it now", "Are the voices still there?"),
        ("kinda. they keep telling me to", "Are you hearing voices today?"),
        ("yeah", "Have you been thinking about taking extra of your meds?"),
        ("no promises", "Will you stay safe tonight?"),
    ],
    "routine": [
        ("ok ill do it tonight", "Your monthly questionnaire is ready, link below."),
        ("sure, doing it after dinner", "Reminder: please fill out the mood check-in form today."),
        ("doing it now, thanks", "Reminder: your check-in survey closes tonight."),
    ],
}


def table(categories):
    return [pytest.param(text, id=f"{name}: {text}") for name, texts in categories.items() for text in texts]


@pytest.mark.parametrize("text", table(CRISIS))
def test_unseen_forms_of_crisis(text):
    assert classify(text).level == "crisis"


@pytest.mark.parametrize("text", table(ROUTINE))
def test_unseen_forms_of_false_alarms_stay_routine(text):
    assert classify(text).level == "routine"


@pytest.mark.parametrize("text", JOKES_NO_RULE)
def test_a_joke_where_no_rule_fired_guards_the_model(text):
    rules, _ = by_rules(text)
    assert rules.reasons == (JOKE_MARKED,)
    verdict = classify(text)
    assert verdict.level != "crisis"
    assert all(
        reason.startswith(("joke", f"model: {verdict.level.value} wording despite"))
        for reason in verdict.reasons
    )


@pytest.mark.parametrize(
    ("level", "text", "ours"), [(level, *pair) for level, pairs in IN_CONTEXT.items() for pair in pairs]
)
def test_answers_read_with_our_text(level, text, ours):
    assert classify(text, ("staff_reply", ours)).level == level


def test_the_context_is_what_decides():
    # alone, the task reply is a plan, and the voices reply is about no voices for the rules
    assert classify("ok ill do it tonight").level == "crisis"
    assert not any("voices" in reason for reason in by_rules("yes, and they say to do it now")[0].reasons)
    voices = classify("yes, and they say to do it now", ("staff_reply", "Are the voices still there?"))
    assert voices.level == "crisis"
    assert any(reason.endswith("harm: voices commanding it") for reason in voices.reasons)


@pytest.mark.parametrize(
    ("typed", "read"),
    [("voises", "voices"), ("mysefl", "myself"), ("suicdie", "suicide"), ("rommate", "roommate"),
     ("overdoes", "overdose"), ("tonihgt", "tonight"), ("lorazapam", "lorazepam")],
)  # fmt: skip
def test_a_token_one_edit_from_a_word_that_matters_is_read_as_it(typed, read):
    assert spelling.nearest(typed) == read


@pytest.mark.parametrize("word", ["voiced", "voice", "overdosed", "meditation", "trifle", "depth", "yelling"])
def test_real_words_and_forms_of_the_word_are_never_corrected(word):
    assert spelling.nearest(word) is None


def test_resolve_reads_it_as_the_task_only_when_we_asked_nothing_about_safety():
    assert resolve("ill do it tonight", Context("daily", "Survey link: takes 10 minutes")) == (
        "ill do the survey tonight",
        "benign context: it is the task our text named: survey",
    )
    safety = Context("staff_reply", "Are you safe right now? Did you fill the form?")
    assert resolve("ill do it tonight", safety) == ("ill do it tonight", None)
    assert resolve("ill do it tonight", None) == ("ill do it tonight", None)
