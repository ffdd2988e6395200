"""Honest generalisation check: stratified 5-fold cross-validation of rules + model on the labelled set.

Each fold's model is trained without that fold (scikit-learn, a few seconds). The model's thresholds are
those stored with the committed model, which were chosen on out-of-fold scores of the same set, and the
rules were written while looking at these replies, so the rules' share of the figures is in-sample:
read these figures as an upper bound, and the blind batches in the commit history as the real measure.
"""

import csv
from pathlib import Path

import pytest

from scripts import triage_training as learn
from textsupport.triage.model import MODEL

LABELLED = Path(__file__).resolve().parents[1] / "data" / "triage_labelled.csv"


@pytest.fixture(scope="module")
def cross_validated() -> dict[str, dict[str, float]]:
    with LABELLED.open(encoding="utf-8", newline="") as handle:
        examples = learn.prepare([(row["text"], row["level"]) for row in csv.DictReader(handle)])
    return learn.evaluate(examples, learn.out_of_fold(examples), MODEL.thresholds)


def test_cross_validated_rules_and_model_meet_the_targets(cross_validated):
    print(f"\n{learn.FOLDS}-fold cross-validation, thresholds {MODEL.thresholds}:")
    for name, values in cross_validated.items():
        print("  " + learn.describe(name, values))
    combined = cross_validated["combined"]
    figures = learn.describe("combined", combined)
    assert combined["crisis recall"] >= 0.95, figures
    assert combined["(crisis+urgent)->routine"] <= 0.05, figures
    assert combined["routine->crisis"] <= 0.10, figures


def test_the_model_adds_recall_to_the_rules(cross_validated):
    assert cross_validated["combined"]["crisis recall"] >= cross_validated["rules"]["crisis recall"]
