"""Table tests of DOMAIN section 3 by category: three tables of replies, each held to what its level means.

`cases(crisis, urgent, routine)` gives pytest parameters (expected, text) with readable ids; `holds(expected,
level)` says whether a level meets what that table expects: crisis is crisis, urgent is at least urgent,
routine (a false alarm) is below crisis. `category_tests(crisis, urgent, routine)` gives a round's file its
two tests: each reply holds its table with rules and model, and the rules alone read each crisis;
`urgent_rules_test(urgent)` a third, for a round whose rules read each urgent need too.
"""

from __future__ import annotations

import pytest

from textsupport.triage import classify, decision

CHECKS = {
    "crisis": lambda level: level == "crisis",
    "at least urgent": lambda level: level != "routine",
    "below crisis": lambda level: level != "crisis",
}


def cases(crisis: dict, urgent: dict, routine: dict) -> list:
    """One pytest parameter per reply of each table's categories."""
    tables = {"crisis": crisis, "at least urgent": urgent, "below crisis": routine}
    return [
        pytest.param(expected, text, id=f"{expected}: {name}: {text[:30]}")
        for expected, categories in tables.items()
        for name, texts in categories.items()
        for text in texts
    ]


def holds(expected: str, level) -> bool:
    """Whether a level meets what the table `expected` holds its replies to."""
    return CHECKS[expected](level)


def category_tests(crisis: dict, urgent: dict, routine: dict):
    """The two table tests of a round's file; assign them to module names starting with `test_`."""

    @pytest.mark.parametrize(("expected", "text"), cases(crisis, urgent, routine))
    def each_category_of_section_3(expected, text):
        level = classify(text).level
        assert holds(expected, level), (expected, level)

    @pytest.mark.parametrize("text", [text for texts in crisis.values() for text in texts])
    def rules_alone_read_each_crisis(text):
        """The rules read each of these, not the model alone: a retrained model cannot lose them."""
        assert decision.rules_read(text)[0].level == "crisis"

    return each_category_of_section_3, rules_alone_read_each_crisis


def urgent_rules_test(urgent: dict):
    """A round's test that the rules alone read each urgent need as at least urgent (a retrained model
    cannot lose them either); assign it to a module name starting with `test_`."""

    @pytest.mark.parametrize("text", [text for texts in urgent.values() for text in texts])
    def rules_alone_read_each_urgent_need(text):
        assert decision.rules_read(text)[0].level != "routine"

    return rules_alone_read_each_urgent_need
