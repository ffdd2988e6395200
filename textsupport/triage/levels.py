"""The three triage levels, defined once: triage, the queue's models and the config all use this enum."""

from __future__ import annotations

import enum


class Level(enum.StrEnum):
    """Triage level, most serious first: crisis > urgent > routine."""

    CRISIS = "crisis"
    URGENT = "urgent"
    ROUTINE = "routine"

    @property
    def priority(self) -> int:
        """Sort key: 0 is the most serious."""
        return list(Level).index(self)


LEVELS = tuple(Level)  # most serious first
