"""The model's scoring reads exactly the features its docstring names (words, word pairs, character
3-5-grams of the first MAX_CHARS characters), as training does (`model.features`), however it looks them
up: its probabilities are the softmax of the bias plus the weights of those features, scaled by
1/sqrt(their count)."""

import math
import re

import pytest

from tests.support.triage_data import read
from textsupport.triage import context as in_context
from textsupport.triage import decision
from textsupport.triage.model import MAX_CHARS, MODEL, Model, features

TOKEN = re.compile(r"[a-z0-9]+|[^\sa-z0-9.,!?;:'\"()\[\]{}<>*#_/\\|=+&%$@~^-]")


def named(text: str) -> set[str]:
    """The feature names of a normalised text, spelled out: "w word", "b word next" (with "^" and "$" at
    either end) and "c gram" (3 to 5 characters of its words, space-separated and padded)."""
    text = text[:MAX_CHARS]
    tokens = TOKEN.findall(text)
    found = {f"w {token}" for token in tokens}
    found |= {f"b {a} {b}" for a, b in zip(["^", *tokens], [*tokens, "$"], strict=True)}
    padded = " " + " ".join(re.findall(r"[a-z0-9]+", text)) + " "
    for size in (3, 4, 5):
        found |= {"c " + padded[i : i + size] for i in range(len(padded) - size + 1)}
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
    for text in sorted(texts):
        assert MODEL.probabilities(text) == pytest.approx(by_name(MODEL, text), abs=1e-12), text


def test_a_model_with_features_of_no_known_kind_is_refused():
    with pytest.raises(ValueError, match="no known kind"):
        Model({"w sad": [1.0, 0.0, -1.0], "x sad": [1.0, 0.0, -1.0]}, [0.0, 0.0, 0.0], {})
