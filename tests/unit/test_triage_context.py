"""A reply read with the last text we sent that person (DOMAIN section 3): a short answer counts by what
we asked; "no" is routine after "did the text come through?" and crisis after "are you safe right now?"."""

import pytest

from textsupport.triage import classify
from textsupport.triage.context import Context, answer, topic

SAFE = "Are you safe right now?"
THOUGHTS = "Are you thinking of hurting yourself?"
MEANS = "Do you still have the pills you mentioned?"
SOMEONE = "Is your friend safe right now?"
SHELTER = "It's -30 tonight. Do you have somewhere warm to stay?"
LOGISTICS = "Did the text come through?"
APPOINTMENT = "Could you make Tuesday at 10 instead?"


@pytest.mark.parametrize(
    ("text", "asked", "level"),
    [
        # a safety question: anything but yes is crisis
        *[(text, SAFE, "crisis") for text in ("no", "not really", "idk", "maybe", "Nope.", "non", "no sé")],
        ("yes", SAFE, "routine"),
        ("yep at my moms", SAFE, "routine"),
        # thoughts of hurting oneself, or the means at hand: yes or unsure is crisis
        *[(text, THOUGHTS, "crisis") for text in ("yes", "YES", "yeah", "idk", "maybe", "kinda", "ya lol")],
        ("no", THOUGHTS, "routine"),
        ("nope. just tired", THOUGHTS, "routine"),
        *[(text, MEANS, "crisis") for text in ("yes", "maybe", "i do", "yes lol a lot")],
        ("no, gave them back to the pharmacy", MEANS, "routine"),
        # someone else's safety
        ("idk", SOMEONE, "crisis"),
        ("no shes not answering", SOMEONE, "crisis"),
        ("yes", SOMEONE, "routine"),
        # a roof in the cold
        ("no", SHELTER, "urgent"),
        # the same short answers to logistics are routine
        *[(text, LOGISTICS, "routine") for text in ("no", "not really", "idk", "maybe", "yes", "nope")],
        *[(text, APPOINTMENT, "routine") for text in ("no", "maybe", "idk sorry")],
    ],
)
def test_a_short_answer_counts_by_what_we_asked(text, asked, level):
    assert classify(text, Context("staff_reply", asked)).level == level


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("no but i have the pills in my hand", LOGISTICS),  # a risk in the reply stands whatever we asked
        ("yes and i want to die", APPOINTMENT),
        ("i want to die", "Have a good day."),
    ],
)
def test_what_the_reply_says_alone_is_never_lowered_by_the_context(text, asked):
    assert classify(text, Context("staff_reply", asked)).level == "crisis"


def test_context_is_optional_and_may_be_a_pair_or_a_body():
    assert classify("not really").level == "urgent"  # alone: unclear, a person reads it soon
    assert classify("not really", ("staff_reply", SAFE)).level == "crisis"
    assert classify("not really", SAFE).level == "crisis"
    assert classify("not really", "").level == "urgent"
    assert classify("not really", Context(None, LOGISTICS)).level == "routine"


def test_a_yes_that_answers_keeps_its_keyword_and_is_marked_an_answer():
    verdict = classify("YES", Context("staff_reply", THOUGHTS))
    assert (verdict.keyword, verdict.level, verdict.answered) == ("START", "crisis", True)
    alone = classify("YES")
    assert (alone.keyword, alone.level, alone.answered) == ("START", "routine", False)
    statement = classify("YES", Context("daily", "You have made it through hard days before."))
    assert (statement.keyword, statement.answered) == ("START", False)


@pytest.mark.parametrize("text", ["STOP", "HELP"])
def test_stop_and_help_stay_keywords_whatever_we_asked(text):
    verdict = classify(text, Context("staff_reply", SAFE))
    assert verdict.keyword == text and not verdict.answered


def test_an_unsure_answer_about_someone_else_leads_with_911():
    verdict = classify("idk", Context("staff_reply", SOMEONE))
    assert (verdict.level, verdict.emergency) == ("crisis", True)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (SAFE, "safety"),
        ("Can you keep yourself safe until your appointment tomorrow?", "safety"),
        ("Êtes-vous en sécurité en ce moment ?", "safety"),
        ("Are you having thoughts of ending your life today?", "thoughts of suicide or self-harm"),
        ("Are the voices telling you to hurt anyone?", "voices"),
        ("Is the person you mentioned safe right now?", "someone else's safety"),
        (MEANS, "means"),
        ("Were you able to get your lithium refilled?", "medication"),
        (SHELTER, "shelter"),
        (LOGISTICS, "logistics"),
        ("Small steps count. Be gentle with yourself today.", None),
    ],
)
def test_what_our_text_asked(body, expected):
    assert topic(body) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("no", ("negative", True)),
        ("Not really.", ("negative", True)),
        ("idk lol", ("unsure", True)),
        ("maybe", ("unsure", True)),
        ("yes please", ("affirmative", True)),
        ("nothing. couldnt get out of bed", ("negative", False)),
        ("nobody came", None),
        ("notes are done", None),
    ],
)
def test_how_a_reply_opens(text, expected):
    assert answer(text) == expected
