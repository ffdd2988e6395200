"""Cross-lingual concepts (`triage.concepts`, `rules.concepts`): each lights for what it means in every
language written for it, not for the ordinary words that share its letters, and the index that finds the
candidate patterns loses no match.

The examples are in tests/data/triage_concepts.csv: `lights` yes (the concept must be found in the text as
`text.normalise` reads it) or no (a near miss: it must not be).
"""

import csv
import re
from pathlib import Path

import pytest

from textsupport.triage import concepts, patterns, text
from textsupport.triage.rules.concepts import CONCEPTS, LANGUAGES

DATA = Path(__file__).resolve().parents[1] / "data"


def _rows(name: str) -> list[dict[str, str]]:
    """The rows of a CSV file of tests/data."""
    with (DATA / name).open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


EXAMPLES = _rows("triage_concepts.csv")
LABELLED = [row["text"] for row in _rows("triage_labelled.csv")]
POSITIVE = [(row["concept"], row["language"], row["text"]) for row in EXAMPLES if row["lights"] == "yes"]
NEAR_MISSES = [(row["concept"], row["language"], row["text"]) for row in EXAMPLES if row["lights"] == "no"]


@pytest.mark.parametrize(("concept", "language", "example"), POSITIVE)
def test_a_concept_lights_in_each_language(concept, language, example):
    assert concept in concepts.found(text.normalise(example)), (language, text.normalise(example))


@pytest.mark.parametrize(("concept", "language", "example"), NEAR_MISSES)
def test_a_near_miss_does_not_light_the_concept(concept, language, example):
    assert concept not in concepts.found(text.normalise(example)), (language, text.normalise(example))


def test_every_language_of_every_concept_has_an_example():
    written = {(concept, language) for concept, by_language in CONCEPTS.items() for language in by_language}
    assert written - {(concept, language) for concept, language, _ in POSITIVE} == set()


def test_the_examples_name_only_concepts_and_languages_that_exist():
    for concept, language, _ in POSITIVE:
        assert language in CONCEPTS[concept], (concept, language)
    for concept, language, _ in NEAR_MISSES:
        assert concept in CONCEPTS and language in LANGUAGES, (concept, language)


def test_each_pattern_compiles_alone_and_concept_names_can_be_paired():
    for name, by_language in CONCEPTS.items():
        assert re.fullmatch(r"[a-z_]+", name), name  # "+" joins a pair
        for language, strings in by_language.items():
            assert language in LANGUAGES and strings, (name, language)
            for string in strings:
                patterns.whole_words(string)


def _brute_force(normalised: str, singles) -> frozenset[str]:
    """Every concept one of whose strings, compiled alone, matches anywhere in the text."""
    return frozenset(name for name, pattern in singles if pattern.search(normalised))


def test_found_is_what_every_pattern_tried_everywhere_finds_on_every_labelled_reply():
    singles = [
        (name, patterns.whole_words(string))
        for name, by_language in CONCEPTS.items()
        for strings in by_language.values()
        for string in strings
    ]
    lit = 0
    for reply in LABELLED:
        normalised = text.normalise(reply)
        found = concepts.found(normalised)
        assert found == _brute_force(normalised, singles), normalised
        lit += bool(found)
    assert lit > len(LABELLED) // 2  # the comparison is not between two empty sets


def test_found_on_text_with_no_concept_is_empty():
    assert concepts.found("") == frozenset()
    assert concepts.found(text.normalise("xyz 123")) == frozenset()


def test_pairs_are_sorted_and_each_pair_once():
    assert concepts.pairs({"pills", "now", "negation"}) == ["negation+now", "negation+pills", "now+pills"]
    assert concepts.pairs({"pills"}) == []
    assert concepts.pairs(frozenset()) == []


def test_a_crisis_in_other_languages_lights_the_english_concepts():
    english = concepts.found(text.normalise("i want to die tonight, i have the pills"))
    for reply in ("gusto ko nang mamatay ngayong gabi, may gamot ako", "오늘 밤 죽고 싶어, 수면제를 먹었어"):
        assert {"die", "now", "pills"} <= english & concepts.found(text.normalise(reply)), reply
