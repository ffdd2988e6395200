"""The groups of the leave-one-round-out estimate: each blind round joined to the labelled set is found
again by its rows, and every other row is the team's."""

from collections import Counter

from scripts import triage_groups
from tests.support.triage_data import BLIND, read
from textsupport.triage.model import MODEL_FILE


def test_each_joined_round_is_found_again_in_the_labelled_set():
    groups = Counter(triage_groups.groups(read()))
    for name, keys in triage_groups.rounds():
        # joined: nearly all of its rows are there (a few were there before it); else no group at all
        assert groups[name] >= len(keys) * 0.9 or groups[name] == 0, (name, groups[name])
    assert groups["round10"] > 0  # the newest joined round
    assert groups[triage_groups.TEAM] > sum(n for g, n in groups.items() if g != triage_groups.TEAM)


def test_a_round_is_one_fold_and_the_team_is_split_in_turn():
    folds = triage_groups.folds(["round6", "team", "team", "round6", "team"], team_folds=2)
    assert folds == ["round6", "team0", "team1", "round6", "team0"]


def test_the_stored_model_reports_both_estimates():
    text = MODEL_FILE.read_text(encoding="utf-8")
    assert '"leave-one-round-out"' in text and '"5-fold"' in text
    assert all((BLIND / f"{name}.csv").exists() for name in ("round6", "round9"))
