"""Leave-one-round-out cross-validation of the triage model: a grouped estimate that leaks less.

The random 5-fold split of `triage_training.out_of_fold` leaks: the rows of one blind round share their
writer's phrasing, so a fold's model has seen the round's other rows. Here each blind round joined to the
labelled set (tests/data/triage_blind/roundN.csv) is one group, found by matching each labelled row (its
text and the text it answers) to the rounds, earliest first; every other row is the group "team". Each
group is predicted by a model trained on all the others, and the figures over the rows of the rounds are
the leave-one-round-out estimate: what a model trained on the rest made of a round written by another
hand. The rules were written with every row in view, so their share of it is still in-sample.
"""

from __future__ import annotations

from pathlib import Path

from tests.support.triage_data import BLIND, Row, read

TEAM = "team"


def rounds(folder: Path = BLIND) -> list[tuple[str, set[tuple[str, str]]]]:
    """(round name, the keys of its rows) for every blind round, oldest first."""
    paths = sorted(folder.glob("round*.csv"), key=lambda path: int(path.stem.removeprefix("round")))
    return [(path.stem, {row.key for row in read(path)}) for path in paths]


def groups(rows: list[Row], folder: Path = BLIND) -> list[str]:
    """The group of every labelled row: the first joined blind round that holds it, else TEAM. A round is
    joined when at least half its rows are in the labelled set; a round kept only as a measurement (not
    joined) shares a few short replies ("no") with the set by chance and is no group."""
    labelled = {row.key for row in rows}
    known = [(name, keys) for name, keys in rounds(folder) if len(keys & labelled) * 2 >= len(keys)]
    return [next((name for name, keys in known if row.key in keys), TEAM) for row in rows]


def folds(row_groups: list[str], team_folds: int = 5) -> list[str]:
    """The fold of every row: its round, or for the team's rows one of `team_folds` folds in turn (so
    that the team's rows are predicted by a model trained on nearly everything, like the rounds' rows)."""
    seen = 0
    out = []
    for group in row_groups:
        if group == TEAM:
            out.append(f"{TEAM}{seen % team_folds}")
            seen += 1
        else:
            out.append(group)
    return out
