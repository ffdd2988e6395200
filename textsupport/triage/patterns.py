"""Triage patterns compiled once as whole words, each with what a match of it can begin with.

`whole_words` expands a pattern's <MACROS> (`rules.common.MACROS`), folds its non-ASCII letters as the text
is folded, and records its openings (`prefilter.openings`); `may_match` is the cheap set test that lets a
pattern be skipped when the text holds none of them. `Index` answers the same question for a whole list of
patterns at once: it maps each opening to the patterns that can begin with it, so a text's openings are
looked up once instead of every pattern being tested against them. `Index.starts` also says where in the
text each such pattern can begin (where one of its openings begins), and `first` tries the pattern only
there instead of searching every character. Pure: standard library only.
"""

from __future__ import annotations

import functools
import re

from textsupport.triage import prefilter
from textsupport.triage.folding import folded_pattern
from textsupport.triage.rules import common as rules

_OPENINGS: dict[re.Pattern[str], frozenset[str] | None] = {}  # what a match of each pattern can begin with
PREFILTER = True  # skip a pattern when the text holds none of its openings (False: run every pattern)
_KNOWN: set[str] = set()  # the openings of the patterns of every Index: all that `opening_starts` records
_HELD: dict[str, tuple[str, ...]] = {}  # each opening of a text met so far, with its prefixes in _KNOWN


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


class Index:
    """The patterns of a list that may match a text, found from the text's openings in one pass.

    `candidates(openings)` is exactly `{p for p in patterns if may_match(p, openings)}`, and `positions`
    the same as indices into the list (in order), but its cost grows with the text's openings, not with
    the number of patterns times their openings.
    """

    def __init__(self, patterns) -> None:
        self.patterns = tuple(patterns)
        self._always: set[int] = set()
        self._by_opening: dict[str, set[int]] = {}
        for position, pattern in enumerate(self.patterns):
            needed = _OPENINGS.get(pattern)
            if needed is None:
                self._always.add(position)
            else:
                for opening in needed:
                    self._by_opening.setdefault(opening, set()).add(position)
        self._all = set(range(len(self.patterns)))
        if not _KNOWN.issuperset(self._by_opening):
            _KNOWN.update(self._by_opening)
            _HELD.clear()
            opening_starts.cache_clear()

    def positions(self, openings: set[str]) -> list[int]:
        """The positions (in order) of the patterns that may match a text with these openings."""
        if not PREFILTER:
            return sorted(self._all)
        found = set(self._always)
        by_opening = self._by_opening
        for opening in openings:
            hit = by_opening.get(opening)
            if hit is not None:
                found |= hit
        return sorted(found)

    def candidates(self, openings: set[str]) -> set[re.Pattern[str]]:
        """The patterns that may match a text with these openings."""
        return {self.patterns[position] for position in self.positions(openings)}

    def starts(self, text: str) -> dict[int, list[int] | None]:
        """The positions of the patterns that may match the text (as `positions(text_openings(text))`, in no
        order), each with the places where a match of it can begin (None: anywhere), for `first`."""
        if not PREFILTER:
            return dict.fromkeys(self._all)
        at, by_opening = opening_starts(text), self._by_opening
        found: dict[int, list[int] | None] = {}
        for opening in at.keys() & by_opening.keys():  # the few the text holds, found in one step
            where = at[opening]
            for position in by_opening[opening]:
                if position in found:
                    found[position].extend(where)
                else:
                    found[position] = list(where)
        for position in self._always:
            found[position] = None
        return found

    def first_matches(self, text: str) -> dict[int, re.Match[str]]:
        """The first match of each pattern that matches the text, by the pattern's position (keyed by
        position: a compiled pattern is slow to hash), each tried only where it can begin (`first`)."""
        found, patterns = {}, self.patterns
        for position, where in self.starts(text).items():
            if where is not None and len(where) == 1:  # most often: one `match`, inline
                match = patterns[position].match(text, where[0])
            else:
                match = first(patterns[position], text, where)
            if match is not None:
                found[position] = match
        return found


@functools.lru_cache(maxsize=16)  # one reply's text is looked up by several indexes
def opening_starts(text: str) -> dict[str, list[int]]:
    """The openings of the text that some Index's patterns begin with, each with where it begins (in
    order); the lists are shared: not to be changed."""
    return prefilter.opening_starts(text, _KNOWN, _HELD)


def first(pattern: re.Pattern[str], text: str, starts: list[int] | None = None) -> re.Match[str] | None:
    """`pattern.search(text)`, tried only at `starts` (from `Index.starts`; None: everywhere).

    A match found there is the leftmost one: a whole-word pattern cannot begin anywhere else, and `match` at
    a place reads the characters before it as `search` does (the lookbehind that makes it whole words).
    """
    if starts is None:
        return pattern.search(text)
    if len(starts) == 1:  # most often
        return pattern.match(text, starts[0])
    match = pattern.match
    for start in sorted(set(starts)):
        found = match(text, start)
        if found is not None:
            return found
    return None
