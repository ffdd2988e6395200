"""Table tests of DOMAIN section 3 by category: three tables of replies, each held to what its level means.

`cases(crisis, urgent, routine)` gives pytest parameters (expected, text) with readable ids; `holds(expected,
level)` says whether a level meets what that table expects: crisis is crisis, urgent is at least urgent,
routine (a false alarm) is below crisis.
"""

from __future__ import annotations

import pytest

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
