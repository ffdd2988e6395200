"""What a retrain on rounds 26-37 showed the rules lacked: ordinary replies the model read too seriously once
its thresholds fell, and the false-alarm budgets that keep them from falling (`scripts/triage_budgets.py`).

Each guard makes the model need its guarded confidence (DOMAIN section 3's false alarms); a reply that only
says where one is is not the model's to read at all.
"""

from __future__ import annotations

import pytest

from scripts import triage_training as learn
from tests.support.triage_data import Row
from textsupport.triage import classify, decision

THRESHOLDS = {"crisis": 0.45, "urgent": 0.35, "guarded_crisis": 0.8, "guarded_urgent": 0.6}
SURE = (0.9, 0.05, 0.05)  # a model that reads crisis wording, confidently


@pytest.mark.parametrize(
    "text",
    [
        "just sitting here",
        "still here",
        "im right here",
        "sitting here",
        "just lying here",
    ],
)
def test_a_reply_that_only_says_where_one_is_is_not_the_models_to_read(text):
    verdict, for_model = decision.rules_read(text)
    assert decision.second_opinion(verdict, for_model, SURE, THRESHOLDS)[0] == "routine"


@pytest.mark.parametrize(
    "text",
    [
        "just sitting here with the rope",
        "still here on the bridge",
        "sitting here counting the pills",
        "just sitting here, tonight is the night",
    ],
)
def test_where_one_is_beside_anything_else_is_still_the_models_to_read(text):
    verdict, for_model = decision.rules_read(text)
    assert decision.second_opinion(verdict, for_model, SURE, THRESHOLDS)[0] == "crisis"


@pytest.mark.parametrize(
    "text",
    [
        # a habit given up for good
        "quit smoking for good",
        "done with energy drinks forever",
        "gave up vaping once and for all",
        # a key to a home or a car
        "found where my roommate hides the spare key to the apartment",
        "lost my car keys again, found them in the fridge",
        # a plan for an ordinary thing: the nursery, a room decorated
        "been planning how i'd decorate the nursery",
        "planned out how to decorate the living room",
        # a game's result
        "flames won in overtime!! 🔥",
        "oilers lost in a shootout again",
        "we beat them in ot, what a game",
        # no more texts needed, for a good reason
        "9, you dont need to send the next one, im doing great",
    ],
)
def test_ordinary_replies_make_the_model_need_its_guarded_confidence(text):
    assert decision.guarded(decision.rules_read(text)[0])


@pytest.mark.parametrize(
    "text",
    [
        "sitting on the tracks waiting for the train",
        "found the code to dads gun safe, im going to use it tonight",
        "quit my job and my life for good, goodbye",
        "been planning how id do it for weeks",
    ],
)
def test_the_same_words_beside_a_risk_stay_crisis(text):
    assert classify(text).level == "crisis"


def _example(text: str, level: str) -> learn.Example:
    return learn.prepare([Row(text, level)])[0]


def test_the_models_own_false_crises_are_counted_apart_from_its_false_urgents():
    routine = [_example("had a nice walk with the dog today", "routine") for _ in range(4)]
    scores = [(0.9, 0.05, 0.05), (0.05, 0.9, 0.05), (0.05, 0.05, 0.9), (0.05, 0.05, 0.9)]
    thresholds = {**THRESHOLDS, "guarded_crisis": learn.NEVER, "guarded_urgent": learn.NEVER}
    assert learn.raised_from_routine(routine, scores, thresholds, to=("crisis",)) == 0.25
    assert learn.raised_from_routine(routine, scores, thresholds) == 0.5


def test_the_model_crisis_budget_holds_the_crisis_threshold_up():
    routine = [_example(f"had a nice walk with the dog today, day {n}", "routine") for n in range(10)]
    crisis = [_example("i took all my pills", "crisis") for _ in range(10)]
    # the model scores one routine reply 0.6 and another 0.5 crisis: with a budget of 10 % it may raise
    # one of them, never both
    scores = [(0.6, 0.1, 0.3), (0.5, 0.1, 0.4)] + [(0.05, 0.05, 0.9)] * 8 + [(0.9, 0.05, 0.05)] * 10
    kept = learn.choose_thresholds(
        routine + crisis, scores, crisis_budget=1.0, urgent_to_crisis_budget=None, model_crisis_budget=0.1
    )
    assert 0.5 < kept["crisis"] <= 0.6
    free = learn.choose_thresholds(
        routine + crisis, scores, crisis_budget=1.0, urgent_to_crisis_budget=None, model_crisis_budget=None
    )
    assert free["crisis"] <= 0.5


def _answer(text: str, level: str, kind: str, body: str) -> learn.Example:
    return learn.prepare([Row(text, level, kind, body)])[0]


def test_a_reply_whose_level_its_context_sets_does_not_teach_the_model_its_words():
    promise = _answer("idk. maybe", "crisis", "staff_question", "Can you promise to stay safe tonight?")
    pills = _answer("yes lol a lot", "crisis", "staff_question", "Do you still have any of the pills left?")
    for example in (promise, pills):
        assert example.placed_by_context
        assert not learn.taught(example)


def test_a_reply_whose_own_words_set_its_level_still_teaches():
    own = _answer("i took all my pills an hour ago", "crisis", "daily", "Thinking of you today.")
    alone = _example("cant promise i wont do it tonight", "crisis")
    for example in (own, alone):
        assert not example.placed_by_context
        assert learn.taught(example)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # medicine named and taken as usual
        ("took my lithium at bedtime like always", "routine"),
        ("taking my seroquel as prescribed, sleeping better", "routine"),
        ("took my lithium, all of it, like the voices said", "crisis"),
        # worked to death, in Italian, is an idiom; killing oneself tonight is not
        ("mi ammazzo di lavoro questa settimana", "routine"),
        ("mi sto ammazzando di lavoro con questi turni", "routine"),
        ("mi ammazzo stanotte, non ce la faccio più", "crisis"),
    ],
)
def test_the_rules_read_these_as_they_are(text, expected):
    assert classify(text).level == expected


@pytest.mark.parametrize(
    "text",
    [
        "jutro mnie nie będzie w pracy, idę do lekarza",
        "mnie nie będzie w pracy w piątek, idę do lekarza z córką",
    ],
)
def test_an_absence_with_its_reason_in_polish_either_word_order(text):
    assert decision.guarded(decision.rules_read(text)[0])
