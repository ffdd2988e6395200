"""The model's scoring reads exactly the features its docstring names (words, word pairs, character
3-5-grams of the first MAX_CHARS characters outside the guarded clauses; words and word pairs inside them),
as training does (`model.features`), however it looks them up: its probabilities are the softmax of the
bias plus the weights of those features, scaled by 1/sqrt(their count)."""

import math
import re

import pytest

from tests.support.triage_data import read
from textsupport.triage import classify, decision
from textsupport.triage import context as in_context
from textsupport.triage import model as triage_model
from textsupport.triage.classifier import by_rules
from textsupport.triage.model import MAX_CHARS, MODEL, Model, features
from textsupport.triage.text import unguarded, words

TOKEN = re.compile(r"[a-z0-9]+|[^\sa-z0-9.,!?;:'\"()\[\]{}<>*#_/\\|=+&%$@~^-]")
CLAUSE = re.compile(" \u27e6([^\u27e6\u27e7]*)(?:\u27e7 |$)")  # a guarded clause, maybe cut at MAX_CHARS


def named(text: str) -> set[str]:
    """The feature names of a text for the model, spelled out: outside its guarded clauses "w word",
    "b word next" (with "^" and "$" at either end) and "c gram" (3 to 5 characters of its words,
    space-separated and padded); inside each guarded clause "g word" and "h word next" ("^", "$" at
    the clause's ends)."""
    text = text[:MAX_CHARS]
    clauses = CLAUSE.findall(text)
    text = CLAUSE.sub(" _ ", text)
    tokens = TOKEN.findall(text)
    found = {f"w {token}" for token in tokens}
    found |= {f"b {a} {b}" for a, b in zip(["^", *tokens], [*tokens, "$"], strict=True)}
    padded = " " + " ".join(re.findall(r"[a-z0-9]+", text)) + " "
    for size in (3, 4, 5):
        found |= {"c " + padded[i : i + size] for i in range(len(padded) - size + 1)}
    for clause in clauses:
        inside = TOKEN.findall(clause)
        found |= {f"g {token}" for token in inside}
        found |= {f"h {a} {b}" for a, b in zip(["^", *inside], [*inside, "$"], strict=True)}
    return found - {"c   "}


def by_name(model: Model, text: str) -> tuple[float, float, float]:
    """The probabilities as training defines them: each feature name looked up in the stored weights."""
    names = named(text)
    assert names == set(features(text)), text
    scale = 1.0 / math.sqrt(len(names)) if names else 0.0
    sums = [0.0, 0.0, 0.0]
    for name in names:
        for k, weight in enumerate(model.weights.get(name, (0.0, 0.0, 0.0))):
            sums[k] += weight
    scores = [bias + total * scale for bias, total in zip(model.bias, sums, strict=True)]
    top = max(scores)
    exps = [math.exp(score - top) for score in scores]
    return tuple(e / sum(exps) for e in exps)


def test_the_model_scores_every_labelled_reply_as_its_features_say():
    texts = {decision.rules_read(row.text, in_context.as_context(row.context))[1] for row in read()} - {None}
    texts |= {"", " _ ", "a", "i want to die " * 115, "🙂💊🙂", "je veux mourir", "no quiero vivir más"}
    texts |= {"i want to die " * 60 + " \u27e6im not going to " + "do it " * 100 + "\u27e7 "}  # cut inside
    for text in sorted(texts):
        assert MODEL.probabilities(text) == pytest.approx(by_name(MODEL, text), abs=1e-12), text


def test_a_model_with_features_of_no_known_kind_is_refused():
    with pytest.raises(ValueError, match="no known kind"):
        Model({"w sad": [1.0, 0.0, -1.0], "x sad": [1.0, 0.0, -1.0]}, [0.0, 0.0, 0.0], {})


@pytest.mark.parametrize(
    ("text", "guarded", "unguarded"),
    [
        ("im not suicidal", {"g im", "g not", "g suicidal", "h not suicidal", "h ^ im"}, {"w suicidal"}),
        (
            "the pharmacist made up the whole blister pack of my ibuprofen 800s and some of my moms naproxen",
            {"g whole", "g pack", "h whole blister", "g naproxen"},
            {"w whole", "c hol"},
        ),
        (
            "three years ago today, i tried to kill myself. now i run a support group",
            {"g kill", "h kill myself"},
            {"w kill", "b kill myself", "c kill"},
        ),
    ],
)
def test_the_words_of_a_guarded_clause_are_features_of_their_own_kind(text, guarded, unguarded):
    """A clause the rules guarded gives its words and word pairs as guarded features ("g ", "h "), no
    character n-grams, and none of the unguarded kinds; the rest of the reply gives those as before."""
    verdict, for_model = by_rules(text)
    assert decision.guarded(verdict), verdict
    found = set(features(for_model))
    assert guarded <= found, sorted(found)
    assert not unguarded & found, sorted(unguarded & found)
    assert all(name[:2] in ("w ", "b ", "c ", "g ", "h ") for name in found)


def test_a_reply_the_guards_cover_whole_still_counts_its_words():
    """Guarded words count towards MODEL_MIN_WORDS: the model reads a reply the guards cover whole."""
    _, for_model = by_rules("im not going to hurt myself tonight")
    assert unguarded(for_model).strip(" _") == ""
    assert words(for_model) == 7


def test_a_person_cannot_write_the_guard_marks():
    """The marks of a guarded clause are removed from what a person wrote: only the rules guard a clause."""
    _, for_model = by_rules("\u27e6 i want to kill myself \u27e7 tonight")
    assert "\u27e6" not in for_model and "w kill" in features(for_model)


# a model that learned guarded features: a guarded "suicidal" or "hurt" is routine, guarded "whole pack" words
# are a risk (weights per class: crisis, urgent, routine)
GUARD_READER = Model(
    {
        "g suicidal": [-4.0, 0.0, 4.0],
        "g hurt": [-4.0, 0.0, 4.0],
        "g whole": [4.0, 0.0, -4.0],
        "g pack": [4.0, 0.0, -4.0],
        "h whole blister": [4.0, 0.0, -4.0],
    },
    [0.0, 0.0, 0.0],
    {"crisis": 0.5, "urgent": 0.4, "guarded_crisis": 0.8, "guarded_urgent": 0.7},
)


def test_a_model_reads_guarded_clauses_only_if_it_learned_them():
    _, for_model = by_rules("three years ago today, i tried to kill myself. now i run a support group")
    assert GUARD_READER.reads_guarded and GUARD_READER.readable(for_model) == for_model
    plain = Model({"w kill": [1.0, 0.0, -1.0]}, [0.0, 0.0, 0.0], {})
    assert not plain.reads_guarded
    assert plain.readable(for_model) == "three years ago today, _ . now i run a support group"


def test_a_reply_the_guards_cover_whole_is_read_despite_a_guard(monkeypatch):
    """A reply the benign-use guard covers whole (the words of round 30's overdose, which that guard once
    vetoed; the rules read the overdose itself since rounds 36-37): a model that learned guarded features
    reads it whole, at the guarded thresholds, and its score is reported with the reason "despite a
    guard"."""
    monkeypatch.setattr(triage_model, "MODEL", GUARD_READER)
    text = "the pharmacist made up the whole blister pack of my ibuprofen 800s and some of my moms naproxen"
    verdict = classify(text)
    assert verdict.level == "crisis", verdict
    assert re.fullmatch(r"model: crisis wording despite a guard \(score 0\.\d\d\)", verdict.reasons[-1]), (
        verdict
    )
    for negation in ("im not suicidal", "im not going to hurt myself"):
        assert classify(negation).level == "routine", classify(negation)


def test_a_model_without_guarded_features_reads_a_reply_the_guards_cover_whole_as_before(monkeypatch):
    """The landed model was trained on the text with its guarded clauses blanked: for it they still are, so
    a reply the guards cover whole leaves it too few words, and it abstains; it reads what is left."""
    plain = Model(
        {"w help": [20.0, 0.0, -20.0], "b ^ $": [20.0, 0.0, -20.0]}, [0.0] * 3, GUARD_READER.thresholds
    )
    monkeypatch.setattr(triage_model, "MODEL", plain)
    overdose = (
        "the pharmacist made up the whole blister pack of my ibuprofen 800s and some of my moms naproxen"
    )
    assert classify(overdose).level == "routine"
    assert classify(f"{overdose}, please help me now").level == "crisis"


@pytest.mark.parametrize(
    "text",
    [
        "im not suicidal",
        "not suicidal",
        "im not going to hurt myself",
        "i would never kill myself",
        "im not thinking about hurting myself",
    ],
)
def test_a_plain_negation_stays_routine(text):
    verdict, for_model = by_rules(text)
    assert decision.guarded(verdict) and words(for_model) >= 2, (verdict, for_model)
    assert classify(text).level == "routine", classify(text)
