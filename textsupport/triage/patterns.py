"""Triage patterns compiled once as whole words, each with what a match of it can begin with.

`whole_words` expands a pattern's <MACROS> (`rules.common.MACROS`), folds its non-ASCII letters as the text
is folded, and records its openings (`prefilter.openings`); `may_match` is the cheap set test that lets a
pattern be skipped when the text holds none of them. Pure: standard library only.
"""

from __future__ import annotations

import re

from textsupport.triage import prefilter
from textsupport.triage.folding import folded_pattern
from textsupport.triage.rules import common as rules

_OPENINGS: dict[re.Pattern[str], frozenset[str] | None] = {}  # what a match of each pattern can begin with
PREFILTER = True  # skip a pattern when the text holds none of its openings (False: run every pattern)


def whole_words(pattern: str) -> re.Pattern[str]:
    """A pattern with its <MACROS> expanded, matched only as whole words."""
    for _ in range(2):  # a macro may use another macro
        for name, value in rules.MACROS.items():
            pattern = pattern.replace(f"<{name}>", value)
    compiled = re.compile(rf"(?<![a-z0-9])(?:{folded_pattern(pattern)})(?![a-z0-9])")
    _OPENINGS[compiled] = prefilter.openings(compiled)
    return compiled


def may_match(pattern: re.Pattern[str], openings: set[str]) -> bool:
    """Whether a whole-word pattern can match a text with these openings (a cheap set test)."""
    needed = _OPENINGS.get(pattern)
    return not PREFILTER or needed is None or not needed.isdisjoint(openings)


def openings_of(patterns) -> frozenset[str] | None:
    """What a match of any of these patterns can begin with; None when one pattern could begin anywhere."""
    found: set[str] = set()
    for pattern in patterns:
        if _OPENINGS.get(pattern) is None:
            return None
        found |= _OPENINGS[pattern]
    return frozenset(found)
