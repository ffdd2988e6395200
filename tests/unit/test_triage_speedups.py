"""Shortcuts taken for speed in triage give exactly what the plain computation gives, on every labelled reply.

`prefilter.opening_starts` remembers, for each opening met, which of its prefixes are known;
`patterns.Index.first_matches` tries each pattern only where it can begin; `guards.clause` looks a match's
clause up among the breaks of the whole text (found once per reply) instead of scanning the text around
each match; `guards._PAST` tries the past only where a word begins; `classifier._joking` searches for a
joke only in a reply that holds a string a joke can begin with.
"""

import re

import pytest

from tests.support.triage_data import read
from textsupport.triage import classifier, guards, prefilter, text
from textsupport.triage import patterns as word_patterns
from textsupport.triage.rules import past

# every stretch of words a whole-word pattern could match, and single words
_SPANS = re.compile(r"(?<![a-z0-9])\S+?(?![a-z0-9])|[a-z0-9]+( [a-z0-9]+)?")
ODD = [
    "i cant, but i will try; though maybe not",
    "but",
    "however",
    "it hurts butиди прочь",  # "but" ends where a word in another script goes on: no break there
    "ok but\nwhy. mais non, pero si",
    "although i said so: fine!",
]


@pytest.fixture(scope="module")
def normalised() -> list[str]:
    return [text.normalise(row.text) for row in read()] + ODD


def _scanned(text_: str, match: re.Match[str]) -> tuple[int, int]:
    """The clause as it was computed before: the breaks scanned before the match, the next one after."""
    breaks = [b.end() for b in guards._CLAUSE.finditer(text_, 0, match.start())]
    following = guards._CLAUSE.search(text_, match.end())
    return (breaks[-1] if breaks else 0), (following.start() if following else len(text_))


def test_a_clause_looked_up_is_the_clause_scanned(normalised):
    checked = 0
    for one in normalised:
        for match in _SPANS.finditer(one):
            assert guards.clause(one, match) == _scanned(one, match), (one, match)
            checked += 1
    for one in ODD:  # every span, also those that start or end inside a word
        for start in range(len(one)):
            for end in range(start + 1, len(one) + 1):
                match = re.compile(re.escape(one[start:end])).match(one, start)
                assert guards.clause(one, match) == _scanned(one, match), (one, start, end)
    assert checked > 100_000


def test_openings_remembered_are_the_openings_found(normalised):
    held: dict[str, tuple[str, ...]] = {}
    known = word_patterns._KNOWN
    for one in normalised:
        assert prefilter.opening_starts(one, known, held) == prefilter.opening_starts(one, known), one


def test_every_past_match_begins_a_word(normalised):
    """guards._PAST is past.PAST tried only where a word begins: it must find the same matches."""
    assert all(re.match(r"\w", opening) for opening in prefilter.openings(re.compile(past.PAST)))
    plain = re.compile(past.PAST)
    for one in normalised:
        found, expected = guards._PAST.search(one), plain.search(one)
        assert (found and found.span()) == (expected and expected.span()), one


def test_the_first_matches_are_what_first_finds_where_each_pattern_can_begin(normalised):
    index = classifier._RULE_INDEX
    for one in normalised:
        found = {position: match.span() for position, match in index.first_matches(one).items()}
        patterns = index.patterns
        tried = ((p, word_patterns.first(patterns[p], one, where)) for p, where in index.starts(one).items())
        assert found == {position: match.span() for position, match in tried if match}, one


def test_a_joke_is_found_as_the_plain_search_finds_it(normalised):
    jokes = ["(joke) im fine", "jk", "joke!", "not real help lol", "haha jk not even joking", "a joke!"]
    for one in normalised + jokes:
        expected = bool(classifier._JOKE.search(one)) and not classifier._JOKE_TAKEN_BACK.search(one)
        assert classifier._joking(one) == expected, one
    assert classifier._JOKE_OPENINGS  # the substring tests are in use
    assert [one for one in jokes if classifier._joking(one)] == jokes[:4]
