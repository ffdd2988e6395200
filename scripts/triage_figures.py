"""Figures for the triage model and the rules: crisis recall and the false alarms, for the rules alone, the
model alone and the two combined (`scripts/triage_training.py`, `scripts/measure_triage_batch.py`).
"""

from __future__ import annotations

from scripts.triage_training import Example, combined
from textsupport.triage.model import decide


def figures(truth: list[str], predicted: list[str]) -> dict[str, float]:
    """Crisis recall, (crisis+urgent) predicted routine, routine predicted crisis, urgent predicted crisis."""

    def share(labelled: set[str], guessed: set[str]) -> float:
        pairs = [(t, p) for t, p in zip(truth, predicted, strict=True) if t in labelled]
        return sum(p in guessed for _, p in pairs) / max(len(pairs), 1)

    return {
        "crisis recall": share({"crisis"}, {"crisis"}),
        "(crisis+urgent)->routine": share({"crisis", "urgent"}, {"routine"}),
        "routine->crisis": share({"routine"}, {"crisis"}),
        "urgent->crisis": share({"urgent"}, {"crisis"}),
    }


def describe(name: str, values: dict[str, float]) -> str:
    """One line of figures."""
    return f"{name:<9} " + "; ".join(f"{key} {value:.3f}" for key, value in values.items())


def evaluate(examples: list[Example], probabilities, thresholds: dict[str, float]) -> dict[str, dict]:
    """Figures for the rules alone, the model alone and the two combined."""
    truth = [e.level for e in examples]
    pairs = list(zip(examples, probabilities, strict=True))
    alone = [decide(p, thresholds)[0] if e.for_model is not None else e.rules.level
             for e, p in zip(examples, probabilities, strict=True)]  # fmt: skip
    return {
        "rules": figures(truth, [e.in_context(e.rules.level) for e in examples]),
        "model": figures(truth, alone),
        "combined": figures(truth, [combined(e, p, thresholds) for e, p in pairs]),
    }
