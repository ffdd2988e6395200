"""Guards (negation, the past, a benign use, someone else, an idiom, an opt-out) lower the model's
confidence but never veto it alone; double negatives do not rule an act out."""

import pytest

from textsupport.triage import Verdict, classify
from textsupport.triage.classifier import by_rules
from textsupport.triage.decision import combine, guarded, second_opinion
from textsupport.triage.model import MODEL

THRESHOLDS = {"crisis": 0.5, "urgent": 0.5, "guarded_crisis": 0.8, "guarded_urgent": 0.7}
GUARDED = Verdict("routine", None, ("negated: suicidal intent",))
PLAIN = Verdict("routine", None, ())
TEXT = "words the model reads here"


@pytest.mark.parametrize(
    ("verdict", "probabilities", "level"),
    [
        (PLAIN, (0.6, 0.1, 0.3), "crisis"),
        (GUARDED, (0.6, 0.05, 0.35), "routine"),  # confident enough without a guard, not with one
        (GUARDED, (0.6, 0.15, 0.25), "urgent"),  # p(crisis or urgent) 0.75 >= 0.7: at least urgent
        (GUARDED, (0.85, 0.05, 0.1), "crisis"),  # very confident: the guard does not veto it
        (Verdict("routine", None, (), opt_out_request=True), (0.85, 0.05, 0.1), "crisis"),
        (GUARDED, (0.1, 0.2, 0.7), "routine"),
    ],
)
def test_a_guard_raises_the_bar_but_a_confident_model_still_raises_the_level(verdict, probabilities, level):
    model_level, score, despite = second_opinion(verdict, TEXT, probabilities, THRESHOLDS)
    combined = combine(verdict, model_level, score, despite)
    assert combined.level == level
    if level != "routine" and verdict is not PLAIN:
        assert any("despite a guard" in reason for reason in combined.reasons), combined.reasons


@pytest.mark.parametrize(
    "text",
    [
        # benign use (round 30's words; the overdose itself, "i took the whole blister pack of ...", is read
        # by the rules since rounds 36-37: a whole pack taken is no pack kept)
        "the pharmacist made up the whole blister pack of my ibuprofen 800s and some of my moms naproxen",
        "im not going to hurt myself tonight",  # negated
        "two years ago i tried to kill myself",  # the past
    ],
)
def test_a_reply_the_guards_cover_whole_is_still_read(text):
    """A guard that covers every clause no longer leaves the model too few words to read: it reads the
    guarded clauses (as guarded features) at the guarded thresholds, and says so when it raises the level."""
    verdict, for_model = by_rules(text)
    assert verdict.level == "routine" and guarded(verdict), verdict
    assert second_opinion(verdict, for_model, (0.85, 0.05, 0.1), THRESHOLDS) == ("crisis", 0.85, True)
    assert second_opinion(verdict, for_model, (0.6, 0.15, 0.25), THRESHOLDS) == ("urgent", 0.75, True)
    assert second_opinion(verdict, for_model, (0.6, 0.05, 0.35), THRESHOLDS)[0] == "routine"
    combined = combine(verdict, *second_opinion(verdict, for_model, (0.85, 0.05, 0.1), THRESHOLDS))
    assert combined.reasons[-1] == "model: crisis wording despite a guard (score 0.85)"


@pytest.mark.parametrize(
    ("text", "abstains"),
    [
        ("i wanted to die back then. not anymore", True),  # what is left unguarded: "now, no longer"
        ("i wanted to die back then. not anymore, just tired", False),
    ],
)
def test_no_longer_after_a_guarded_clause_is_the_rules_to_judge(text, abstains):
    verdict, for_model = by_rules(text)
    assert guarded(verdict), verdict
    assert (second_opinion(verdict, for_model, (0.85, 0.05, 0.1), THRESHOLDS)[0] == "routine") == abstains


def test_the_stored_guard_thresholds_are_never_below_the_plain_ones():
    thresholds = MODEL.thresholds
    assert thresholds["guarded_crisis"] >= thresholds["crisis"]
    assert thresholds["guarded_urgent"] >= thresholds["urgent"]


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("im not saying i wont do it tonight", "crisis"),
        ("cant promise i wont hurt myself", "crisis"),
        ("not sure i wont hurt myself tonight", "crisis"),
        ("no promises i wont kill myself", "crisis"),
        # single negations stay false alarms
        ("i wont do it tonight, i promise", "routine"),
        ("i would never hurt myself", "routine"),
        ("im not going to kill myself", "routine"),
    ],
)
def test_a_double_negative_does_not_rule_it_out(text, level):
    assert classify(text).level == level


@pytest.mark.parametrize(
    "text",
    [
        "one year since my last attempt today",
        "its been 2 years since i last cut",
    ],
)
def test_a_rule_named_for_its_guard_gives_its_reason_once(text):
    verdict = classify(text)
    assert verdict.reasons, verdict
    for reason in verdict.reasons:
        assert not reason.startswith("past: past: "), verdict.reasons
    assert "past: time since the last time" in verdict.reasons


@pytest.mark.parametrize(
    "text",
    [
        "i cant do this",
        "나는 죽고 싶어요",  # Korean: three words, spaces between them
        "我想死了",  # Chinese: no spaces, a word a character
        "मैं मरना चाहता हूँ",  # Hindi: vowel signs inside the words
        "أريد أن أموت",  # Arabic
        "хочу умереть сегодня",  # Russian
    ],
)
def test_the_model_is_asked_about_three_words_in_any_script(text):
    """The model abstains on fewer than three words; words in other scripts count as words (they once
    counted as none, so the model never read a reply written in Korean, Chinese, Hindi or Arabic)."""
    level, score, _ = second_opinion(PLAIN, text, (0.9, 0.05, 0.05), THRESHOLDS)
    assert (level, score) == ("crisis", 0.9)


@pytest.mark.parametrize("text", ["ok 👍", "죽고 싶어", "ok merci"])
def test_the_model_abstains_on_fewer_than_three_words_in_any_script(text):
    assert second_opinion(PLAIN, text, (0.9, 0.05, 0.05), THRESHOLDS)[:2] == ("routine", 0.0)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("i cant do this any more", "crisis"),  # Latin letters: the plain thresholds
        ("나는 죽고 싶어요", "urgent"),  # mostly another script: the guarded ones (0.8, 0.7)
        ("我想死了", "urgent"),
        ("хочу умереть сегодня", "urgent"),
    ],
)
def test_a_reply_mostly_in_another_script_takes_the_guarded_thresholds(text, level):
    """The model has read few replies in other scripts: there it raises to urgent, and to crisis only when
    very confident, as where a guard fired, without saying a guard fired."""
    assert second_opinion(PLAIN, text, (0.6, 0.15, 0.25), THRESHOLDS) == (
        level,
        0.6 if level == "crisis" else 0.75,
        False,
    )
