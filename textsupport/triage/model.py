"""The learned second opinion of triage: a small linear model over words and character n-grams.

Multinomial logistic regression over word unigrams and bigrams and character 3-5-grams of the text as
`triage` normalises it (accents folded, contractions joined, variants rewritten, idioms blanked out), and
over the words and word pairs of the clauses the rules guarded (negated, past, benign, someone else's,
joking), as features of their own kind, without character n-grams: negation scope marking, as in
sentiment analysis. The model so learns what a guard does to a word ("not suicidal" is routine) and what
it does not ("took the whole blister pack" is a risk whatever the rules thought of the medicine). The
weights are trained by `scripts/train_triage_model.py` (scikit-learn, see `scripts/triage_training.py`)
and stored, pruned to the most useful features, in `model.json`, read once at import. Inference is pure:
standard library only.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

from textsupport.triage.text import GUARD_CLOSE, GUARD_OPEN, guarded_clauses, unguarded

CLASSES = ("crisis", "urgent", "routine")  # the order of every weight vector
MODEL_FILE = Path(__file__).with_name("model.json")
MAX_CHARS = 1000  # characters of a message the model reads: bounds the work on a 1,600-character text
_TOKEN = re.compile(r"[a-z0-9]+|[^\sa-z0-9.,!?;:'\"()\[\]{}<>*#_/\\|=+&%$@~^-]")
_WORD = re.compile(r"[a-z0-9]+")
# the kinds of feature, by the prefix of their names, in the order `_parts` gives them: words, word pairs and
# character n-grams of the unguarded text; words and word pairs of the guarded clauses
KINDS = ("w ", "b ", "c ", "g ", "h ")


def features(text: str) -> list[str]:
    """The distinct features of one normalised text, sorted: words, word pairs and character 3-5-grams
    of what the rules left unguarded; words and word pairs of the guarded clauses."""
    return sorted(_features(text))


def _features(text: str) -> set[str]:
    """The distinct features of one normalised text (see `features`)."""
    return {f"{kind}{name}" for kind, found in zip(KINDS, _parts(text), strict=True) for name in found}


def _parts(text: str) -> tuple[set[str], ...]:
    """The features of one normalised text by kind (`KINDS`), without their prefixes: the words, word
    pairs and character 3-5-grams (of its words, space-separated and padded) of the text outside its
    guarded clauses; the words and word pairs ("^" and "$" at a clause's ends) inside them."""
    text = text[:MAX_CHARS]
    clauses = []
    if GUARD_OPEN in text:
        if text.rfind(GUARD_OPEN) > text.rfind(GUARD_CLOSE):
            text += f"{GUARD_CLOSE} "  # the clause MAX_CHARS cut ends there
        clauses, text = guarded_clauses(text), unguarded(text)
    tokens = _TOKEN.findall(text)
    pairs = {f"{a} {b}" for a, b in zip(["^", *tokens], [*tokens, "$"], strict=False)}
    padded = f" {' '.join(_WORD.findall(text))} "
    grams = {padded[i : i + size] for size in (3, 4, 5) for i in range(len(padded) - size + 1)}
    grams.discard("   ")
    guarded_words: set[str] = set()
    guarded_pairs: set[str] = set()
    for found in clauses:
        inside = _TOKEN.findall(found)
        guarded_words.update(inside)
        guarded_pairs.update(f"{a} {b}" for a, b in zip(["^", *inside], [*inside, "$"], strict=False))
    return set(tokens), pairs, grams, guarded_words, guarded_pairs


class Model:
    """Weights per feature and class, a bias per class, and the thresholds that turn scores into levels."""

    def __init__(self, weights: dict[str, list[float]], bias: list[float], thresholds: dict[str, float]):
        self.weights = weights
        self.bias = bias
        self.thresholds = thresholds  # {"crisis": p(crisis) >= this, "urgent": p(crisis or urgent) >= this}
        # the weights for `probabilities`: per kind of feature (as `_parts` gives them), a table from the
        # feature without its prefix to its weights, so that no prefixed name is built per feature
        unknown = sorted(name for name in weights if name[:2] not in KINDS)
        if unknown:
            raise ValueError(f"features of no known kind: {unknown[:5]}")
        self._tables = tuple(
            {name[2:]: tuple(ws) for name, ws in weights.items() if name[:2] == kind} for kind in KINDS
        )
        # a model trained before guarded clauses were features of their own reads them blanked out
        self.reads_guarded = any(self._tables[KINDS.index("g ")]) or any(self._tables[KINDS.index("h ")])

    def readable(self, text: str) -> str:
        """The text for the model as this model reads it: its guarded clauses blanked out if it never learned
        them (the abstentions of `decision` then count the words that are left, as they did)."""
        return text if self.reads_guarded else unguarded(text)

    @classmethod
    def from_dict(cls, data: dict) -> Model:
        """A model from its stored form (see `to_dict`)."""
        assert tuple(data["classes"]) == CLASSES, data["classes"]
        return cls(data["features"], data["bias"], data["thresholds"])

    def to_dict(self, **extra) -> dict:
        """The stored form: classes, bias, thresholds, and the weights of every kept feature."""
        rounded = {name: [round(w, 3) for w in ws] for name, ws in sorted(self.weights.items())}
        return {"classes": list(CLASSES), "bias": [round(b, 4) for b in self.bias],
                "thresholds": self.thresholds, **extra, "features": rounded}  # fmt: skip

    def probabilities(self, text: str) -> tuple[float, float, float]:
        """p(crisis), p(urgent), p(routine) for one normalised text."""
        parts = _parts(text)
        count = sum(map(len, parts))
        scale = 1.0 / math.sqrt(count) if count else 0.0
        crisis = urgent = routine = 0.0
        for found, table in zip(parts, self._tables, strict=True):
            get = table.get
            for name in found:
                weights = get(name)
                if weights is not None:
                    crisis += weights[0]
                    urgent += weights[1]
                    routine += weights[2]
        bias = self.bias
        scores = [bias[0] + crisis * scale, bias[1] + urgent * scale, bias[2] + routine * scale]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return exps[0] / total, exps[1] / total, exps[2] / total


def decide(probabilities: tuple[float, float, float], thresholds: dict[str, float]) -> tuple[str, float]:
    """The level these probabilities give under these thresholds, and the score for that level."""
    crisis, urgent, _ = probabilities
    if crisis >= thresholds["crisis"]:
        return "crisis", crisis
    if crisis + urgent >= thresholds["urgent"]:
        return "urgent", crisis + urgent
    return "routine", 1.0 - crisis - urgent


def load(path: Path = MODEL_FILE) -> Model | None:
    """The stored model, or None when there is none (triage then relies on its rules alone)."""
    try:
        with path.open(encoding="utf-8") as handle:
            return Model.from_dict(json.load(handle))
    except FileNotFoundError:
        return None


MODEL = load()
