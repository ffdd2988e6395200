"""The triage prefilter: it only skips patterns that cannot match, and it skips most of them.

Work is counted (patterns scanned), not timed, so these tests cannot flake on a busy machine.
"""

import csv
import re
from pathlib import Path

import pytest

from textsupport import triage
from textsupport.triage import classifier, text
from textsupport.triage import patterns as word_patterns
from textsupport.triage.prefilter import openings, text_openings

LABELLED = Path(__file__).resolve().parents[1] / "data" / "triage_labelled.csv"
LONG_ROUTINE = ("had a normal day at work, took the bus home and made soup. " * 30)[:1600]
ODD = [
    "x" * 1600,
    LONG_ROUTINE,
    "i want to die " * 115,
    "kill " * 320,
    "🙂💊🙂",
    "walked 5 kms today",
    "k m s",
    "took 20 ativan",
    "got 800mg",
    "i'm cutting right now",
    "je veux mourir",
    "no quiero vivir más",
    "line one\nline two",
]


def _all_patterns() -> list[re.Pattern[str]]:
    rule_patterns = [pattern for _, patterns, _ in classifier._RULES for pattern in patterns]
    return (
        rule_patterns
        + [pattern for pattern, _ in text.VARIANTS]
        + [*text.IDIOMS_FOUND, *classifier._NEGATIVE]
    )


@pytest.mark.parametrize(
    ("pattern", "text", "can_match"),
    [
        (r"want to die|kms", "i want to die", True),
        (r"want to die|kms", "ok kms", True),
        (r"want to die|kms", "ok thanks", False),
        (r"\d+ ?mg", "took 800mg", True),
        (r"\d+ ?mg", "took some", False),
        (r"(really |so )?sad", "im so sad", True),
        (r"💊", "🙂💊🙂", True),  # an emoji after an emoji still opens a match
        (r"x\w+", "xylophone", True),  # a wide class ends the opening: still run
    ],
)
def test_openings_are_a_safe_superset(pattern, text, can_match):
    compiled = re.compile(rf"(?<![a-z0-9])(?:{pattern})(?![a-z0-9])")
    needed = openings(compiled)
    assert needed is not None
    assert (not needed.isdisjoint(text_openings(text))) == can_match
    if compiled.search(text):
        assert can_match


def test_every_triage_pattern_can_be_prefiltered():
    assert all(openings(pattern) is not None for pattern in _all_patterns())


def test_the_prefilter_never_changes_a_verdict(monkeypatch):
    with LABELLED.open(encoding="utf-8", newline="") as handle:
        texts = [row["text"] for row in csv.DictReader(handle)] + ODD
    fast = [triage.classify(text) for text in texts]
    monkeypatch.setattr(word_patterns, "PREFILTER", False)
    slow = [triage.classify(text) for text in texts]
    assert [v for v in fast if v not in slow] == []
    assert fast == slow


def test_a_long_ordinary_reply_scans_only_a_few_patterns():
    """1,600 characters meant ~280 whole-text regex scans (12-18 ms); now only the few that can match."""
    normal = text.normalise(LONG_ROUTINE)
    found = text_openings(normal)
    patterns = _all_patterns()
    scanned = [pattern for pattern in patterns if word_patterns.may_match(pattern, found)]
    print(f"\n{len(scanned)} of {len(patterns)} patterns scanned for a 1,600-character ordinary reply")
    assert len(scanned) <= len(patterns) // 8, [p.pattern[:60] for p in scanned]


def test_the_index_finds_exactly_the_patterns_the_set_test_lets_through():
    """The index looks the text's openings up once; it must pick the same patterns, in the same order."""
    with LABELLED.open(encoding="utf-8", newline="") as handle:
        texts = [text.normalise(row["text"]) for row in csv.DictReader(handle)][:600] + ODD
    patterns = _all_patterns()
    index = word_patterns.Index(patterns)
    for one in texts:
        found = text_openings(one)
        expected = [n for n, pattern in enumerate(patterns) if word_patterns.may_match(pattern, found)]
        assert index.positions(found) == expected, one


def test_a_pattern_tried_only_where_its_openings_begin_finds_what_a_search_finds():
    """`Index.starts` and `first` try a pattern only at the places where one of its openings begins: the
    match found must be the search's (same span, same groups), and a pattern left out must find nothing."""
    with LABELLED.open(encoding="utf-8", newline="") as handle:
        texts = [text.normalise(row["text"]) for row in csv.DictReader(handle)][:600] + ODD
    indexes = [
        classifier._RULE_INDEX,
        classifier._NEGATIVE_INDEX,
        classifier._ROUTINE_INDEX,
        text._REWRITE_INDEX,
    ]
    for index in indexes:
        for one in texts:
            starts = index.starts(one)
            assert set(starts) == set(index.positions(text_openings(one))), one
            for position, pattern in enumerate(index.patterns):
                searched = pattern.search(one)
                if position not in starts:
                    assert searched is None, (pattern.pattern[:60], one)
                    continue
                found = word_patterns.first(pattern, one, starts[position])
                assert (found and (found.span(), found.groups())) == (
                    searched and (searched.span(), searched.groups())
                ), (pattern.pattern[:60], one)
