"""Triage on the labelled set of replies: crisis recall and the two error shares that matter most."""

import csv
from collections import Counter
from pathlib import Path

import pytest

from textsupport.triage import LEVELS, classify

LABELLED = Path(__file__).resolve().parents[1] / "data" / "triage_labelled.csv"


def load() -> list[tuple[str, str]]:
    """(text, level) for every row of the labelled set."""
    with LABELLED.open(encoding="utf-8", newline="") as handle:
        return [(row["text"], row["level"]) for row in csv.DictReader(handle)]


@pytest.fixture(scope="module")
def outcomes() -> Counter:
    """How often each (labelled level, predicted level) pair occurs."""
    return Counter((level, classify(text).level) for text, level in load())


def share(outcomes: Counter, labelled: set[str], predicted: set[str]) -> float:
    """The share of rows labelled in `labelled` that were predicted in `predicted`."""
    total = sum(n for (truth, _), n in outcomes.items() if truth in labelled)
    hits = sum(n for (truth, guess), n in outcomes.items() if truth in labelled and guess in predicted)
    return hits / total


def test_the_labelled_set_is_big_enough_and_well_formed():
    rows = load()
    levels = Counter(level for _, level in rows)
    assert len(rows) >= 300, len(rows)
    assert levels["crisis"] >= 100, levels
    assert set(levels) <= set(LEVELS), levels
    assert all(text.strip() for text, _ in rows)
    assert len({text for text, _ in rows}) == len(rows), "duplicate texts"


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
