"""Triage on the labelled set of replies: crisis recall and the two error shares that matter most."""

from collections import Counter

import pytest

from tests.support.triage_data import read
from textsupport.triage import LEVELS, classify


@pytest.fixture(scope="module")
def outcomes() -> Counter:
    """How often each (labelled level, predicted level) pair occurs, each reply read with the text it
    answers, as the webhook reads it: the level of an answer ("idk. maybe" to "can you promise to stay safe
    tonight?") was labelled in its context."""
    return Counter((row.level, classify(row.text, row.context).level) for row in read())


def share(outcomes: Counter, labelled: set[str], predicted: set[str]) -> float:
    """The share of rows labelled in `labelled` that were predicted in `predicted`."""
    total = sum(n for (truth, _), n in outcomes.items() if truth in labelled)
    hits = sum(n for (truth, guess), n in outcomes.items() if truth in labelled and guess in predicted)
    return hits / total


def test_the_labelled_set_is_big_enough_and_well_formed():
    rows = read()
    levels = Counter(row.level for row in rows)
    assert len(rows) >= 300, len(rows)
    assert levels["crisis"] >= 100, levels
    assert set(levels) <= set(LEVELS), levels
    assert all(row.text.strip() for row in rows)
    assert all(bool(row.context_kind) <= bool(row.context_body) for row in rows), "a kind with no body"
    assert len({row.key for row in rows}) == len(rows), "duplicate (text, context) rows"


def test_triage_metrics_on_the_labelled_set(outcomes):
    recall = share(outcomes, {"crisis"}, {"crisis"})
    missed = share(outcomes, {"crisis", "urgent"}, {"routine"})
    false_alarms = share(outcomes, {"routine"}, {"crisis"})
    figures = (
        f"crisis recall {recall:.3f}; (crisis+urgent) predicted routine {missed:.3f}; "
        f"routine predicted crisis {false_alarms:.3f}"
    )
    print(f"\ntriage on {sum(outcomes.values())} labelled replies: {figures}")
    assert recall >= 0.95, figures
    assert missed <= 0.05, figures
    assert false_alarms <= 0.10, figures
