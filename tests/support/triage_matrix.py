"""The coverage matrix of triage by language: for each concept of DOMAIN section 3, the languages it is
written in, each cell one or more plain phrases written by meaning, held to the concept's level.

`level_test(level, concepts)` gives a matrix file the test that each phrase holds its level with rules and
model (crisis is crisis, urgent is exactly urgent, routine is below crisis); `rules_test(level, concepts)`
the test that the rules alone read each crisis as crisis and each urgent need as at least urgent, as a
retrained model cannot lose them. Cells left out, where we are not sure of a phrasing,
are named in each file's docstring.
"""

from __future__ import annotations

import pytest

from textsupport.triage import classify, decision

HOLDS = {
    "crisis": lambda level: level == "crisis",
    "urgent": lambda level: level == "urgent",
    "routine": lambda level: level != "crisis",
}
RULES_HOLD = {
    "crisis": lambda level: level == "crisis",
    "urgent": lambda level: level != "routine",
}


def cells(concepts: dict) -> list:
    """One pytest parameter per phrase: (concept, language, phrase)."""
    return [
        pytest.param(text, id=f"{concept}: {language}: {text[:24]}")
        for concept, languages in concepts.items()
        for language, texts in languages.items()
        for text in texts
    ]


def level_test(level: str, concepts: dict):
    """Each phrase holds its level with rules and model; assign it to a module name starting with `test_`."""

    @pytest.mark.parametrize("text", cells(concepts))
    def each_cell_holds_its_level(text):
        found = classify(text).level
        assert HOLDS[level](found), (level, found)

    return each_cell_holds_its_level


def rules_test(level: str, concepts: dict):
    """The rules alone read each crisis or urgent phrase; assign it to a module name starting with `test_`."""

    @pytest.mark.parametrize("text", cells(concepts))
    def rules_alone_read_each_cell(text):
        found = decision.rules_read(text)[0].level
        assert RULES_HOLD[level](found), (level, found)

    return rules_alone_read_each_cell
