"""Which cross-lingual concepts (`rules.concepts.CONCEPTS`) a normalised reply holds: features for the model.

The strings of each (concept, language) are joined into one whole-word alternation, compiled once at import;
a `patterns.Index` over those finds from the text's openings the few that can match and where, and each is
tried only there (`patterns.first`), so a text costs what its openings cost, not one search per pattern.
Pure: standard library only.
"""

from __future__ import annotations

from itertools import combinations

from textsupport.triage import patterns
from textsupport.triage.rules.concepts import CONCEPTS


def _joined() -> tuple[tuple[str, ...], tuple]:
    """The concept of each joined pattern, and the patterns: one per (concept, language)."""
    names, compiled = [], []
    for name, by_language in CONCEPTS.items():
        for strings in by_language.values():
            names.append(name)
            compiled.append(patterns.whole_words("|".join(f"(?:{string})" for string in strings)))
    return tuple(names), tuple(compiled)


_NAMES, _PATTERNS = _joined()
_INDEX = patterns.Index(_PATTERNS)


def found(text: str) -> frozenset[str]:
    """The names of the concepts a normalised text (`text.normalise`) holds."""
    names: set[str] = set()
    for position, where in _INDEX.starts(text).items():
        name = _NAMES[position]
        if name not in names and patterns.first(_PATTERNS[position], text, where) is not None:
            names.add(name)
    return frozenset(names)


def pairs(names) -> list[str]:
    """The sorted pairs "a+b" (a before b) of these concept names."""
    return [f"{a}+{b}" for a, b in combinations(sorted(names), 2)]
