"""The groups of the leave-one-round-out estimate: each blind round joined to the labelled set is found
again by its rows, and every other row is the team's."""

from collections import Counter

from scripts import triage_groups
from tests.support.triage_data import BLIND, read
from textsupport.triage.model import MODEL_FILE


def test_each_joined_round_is_found_again_in_the_labelled_set():
    groups = Counter(triage_groups.groups(read()))
    earlier: set[tuple[str, str]] = set()
    for name, keys in triage_groups.rounds():
        # joined: every row of it that no earlier joined round holds is its own (a row an earlier round
        # wrote too belongs to that round: round 16 repeats 26 of earlier rounds' rows); else no group at all
        assert groups[name] in (len(keys - earlier), 0), (name, groups[name], len(keys - earlier))
        if groups[name]:
            earlier |= keys
    assert groups["round21"] > 0  # the newest joined round
    # every other row is the team's: exactly the rows no joined round holds
    rows = read()
    assert groups[triage_groups.TEAM] == sum(row.key not in earlier for row in rows)


def test_a_round_is_one_fold_and_the_team_is_split_in_turn():
    folds = triage_groups.folds(["round6", "team", "team", "round6", "team"], team_folds=2)
    assert folds == ["round6", "team0", "team1", "round6", "team0"]


def test_the_stored_model_reports_both_estimates():
    text = MODEL_FILE.read_text(encoding="utf-8")
    assert '"leave-one-round-out"' in text and '"5-fold"' in text
    assert all((BLIND / f"{name}.csv").exists() for name in ("round6", "round9"))
