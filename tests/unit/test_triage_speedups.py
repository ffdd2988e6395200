"""Shortcuts taken for speed in triage give exactly what the plain computation gives, on every labelled reply.

`prefilter.opening_starts` remembers, for each opening met, which of its prefixes are known;
`patterns.Index.first_matches` tries each pattern only where it can begin.
"""

import pytest

from tests.support.triage_data import read
from textsupport.triage import classifier, prefilter, text
from textsupport.triage import patterns as word_patterns


@pytest.fixture(scope="module")
def normalised() -> list[str]:
    return [text.normalise(row.text) for row in read()]


def test_openings_remembered_are_the_openings_found(normalised):
    held: dict[str, tuple[str, ...]] = {}
    known = word_patterns._KNOWN
    for one in normalised:
        assert prefilter.opening_starts(one, known, held) == prefilter.opening_starts(one, known), one


def test_the_first_matches_are_what_first_finds_where_each_pattern_can_begin(normalised):
    index = classifier._RULE_INDEX
    for one in normalised:
        found = {position: match.span() for position, match in index.first_matches(one).items()}
        patterns = index.patterns
        tried = ((p, word_patterns.first(patterns[p], one, where)) for p, where in index.starts(one).items())
        assert found == {position: match.span() for position, match in tried if match}, one
