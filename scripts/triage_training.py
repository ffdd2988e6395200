"""Training and honest evaluation of the triage model, with scikit-learn (a dev-only dependency).

Used by `scripts/train_triage_model.py` (which writes `textsupport/triage/model.json`) and by the
cross-validation test; never when a reply is classified (inference in `textsupport/triage/model.py` is
standard library only). The model is multinomial logistic regression (`LogisticRegression`) over the
binary features of `triage.model.features` (those of the guarded clauses apart; `triage_features`), each
row scaled to 1/sqrt(its feature count) exactly as inference scales it, then pruned to the features with
the largest weights. Cross-validation is stratified k-fold or one fold per round (`triage_folds`), with the
vocabulary built inside each fold.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline

from scripts import triage_folds
from scripts.triage_budgets import (  # noqa: F401 (the budgets are read as triage_training's too)
    CRISIS_BUDGET,
    GUARDED_CRISIS_BUDGET,
    GUARDED_CRISIS_FLOOR,
    GUARDED_URGENT_BUDGET,
    GUARDED_URGENT_FLOOR,
    MODEL_CRISIS_BUDGET,
    MODEL_URGENT_BUDGET,
    NEVER,
    URGENT_BUDGET,
    URGENT_TO_CRISIS_BUDGET,
)
from scripts.triage_features import FeatureRows
from textsupport import triage
from textsupport.triage import context as in_context
from textsupport.triage import decision
from textsupport.triage.model import CLASSES, Model
from textsupport.triage.text import unguarded

# inverse L2 strength, by leave-one-round-out CV (rules + model over the rounds' rows, thresholds chosen
# on the grouped scores): C=4 0.980/0.008/0.012, C=16 0.983/0.005/0.018, C=64 0.986/0.007/0.018. These
# differ by a few rows of ~940 (a tie); C=4 scored plain anger and medicine taken as usual crisis at the
# edge of its threshold (table tests of section 3), so C=16 stays
C = 16.0
MIN_DOCS = 2  # a feature seen in fewer training replies is dropped
KEEP = 8000  # features kept in the stored model
# feature kinds the model learns from: w words, b word pairs, c character n-grams (outside the guarded
# clauses), g words and h word pairs of the guarded clauses. Without the word pairs, leave-one-round-out CV
# was worse (0.983/0.007/0.021 against 0.983/0.005/0.018 at C=16). With guarded features, on 8,509 rows,
# leave-one-round-out rules + model: "wbcgh" 0.995/0.003/0.033, "wbcg" 0.995/0.003/0.032 (a tie; the
# guarded word pairs tell "im not saying i wont do it" from "i wont do it"); "wbc" (guarded clauses blanked,
# as before) 0.995/0.003/0.032; on 8,972 rows "wbc" 0.994/0.004/0.030, "wbcgh" 0.995/0.004/0.032 (0.995/0.003/
# 0.029 with GUARDED_WHERE_RULES_CRISIS False)
KINDS = "wbcgh"
CLASS_WEIGHT: str | dict[int, float] = "balanced"
# Whether a reply the rules alone read as crisis teaches the model its guarded clauses too. Its verdict needs
# no model, but its guarded words ("im not saying [i wont do it tonight]") are then learned as crisis wording;
# without them (False) the guarded features are learned where the model's opinion can count. Leave-one-round-
# out, rules + model, on 8,972 rows (rounds 6-31): True 0.995/0.004/0.032 (urgent->crisis 0.055), False
# 0.995/0.003/0.029 (0.052); on 8,509 rows (rounds 6-29) a tie, 0.995/0.003/0.033 and 0.994/0.002/0.032
GUARDED_WHERE_RULES_CRISIS = False
# Whether a reply the rules alone read as crisis teaches the model at all. Its verdict needs no model, and
# about a third of the labelled set is such rows: learning from them, the model learns the ordinary words
# around a method or a farewell ("just sitting here", "planning how i'd decorate") as crisis wording, and
# reads them so where the rules rightly do not. Without them (False) it learns crisis only from the crises
# the rules miss, which is where its opinion counts; every row is still predicted out of fold. Measured on
# 8,972 rows, leave-one-round-out rules + model: False 0.973/0.006/0.028, True 0.995/0.003/0.029. Those rows
# are most of the crisis wording the model sees, so they teach (triage_rounds.md).
RULES_CRISIS_TAUGHT = True
# Whether a reply whose level its context sets (`Example.placed_by_context`) teaches the model. The model
# reads a reply without the text it answers, so such a reply teaches its own words at the context's level:
# "yes lol a lot" (to "do you still have any of the pills?") and "still here, the wind is nice" (after a
# parkade roof) taught crisis wording that the retrained model then read in "yes. in the car" (to a question
# about groceries) and "still here, waiting for my ride" (to one about a shelter). 213 of 10,336 rows.
CONTEXT_PLACED_TAUGHT = False
FOLDS = 5
SEED = 20261124


@dataclass(frozen=True)
class Example:
    """One labelled reply as the model and the combination see it."""

    text: str
    level: str
    rules: triage.Verdict  # the rules' verdict alone
    for_model: str | None  # the text the model reads (None: a keyword, the model is not asked)
    context: in_context.Context | None = None  # the last text we sent, when the reply answers it

    @property
    def trainable(self) -> bool:
        """Whether the model learns from it: not a keyword, nor a short answer its context decides."""
        if self.for_model is None:
            return False
        if self.context is None or in_context.topic(self.context.body) is None:
            return True
        opened = in_context.answer(self.text)
        return opened is None or not opened[1]

    @property
    def placed_by_context(self) -> bool:
        """Whether the text it answers, not its own words, sets its level: the rules read alone give another
        level than the rules read with our text ("idk. maybe" to "can you promise to stay safe?")."""
        return self.context is not None and self.in_context(self.rules.level) != self.rules.level

    def in_context(self, level: str) -> str:
        """The level read with the context: `level` is the verdict of the reply alone."""
        if self.context is None:
            return level
        alone = dataclasses.replace(self.rules, level=level)
        return in_context.read(self.text, alone, self.context).level


def prepare(rows) -> list[Example]:
    """Run the rules once over every labelled row (`tests.support.triage_data.Row`)."""
    examples = []
    for row in rows:
        context = in_context.as_context(row.context)
        rules = decision.rules_read(row.text, context)  # as classify reads it: "it" as our text's task
        examples.append(Example(row.text, row.level, *rules, context))
    return examples


def pipeline(c: float = C, min_docs: int = MIN_DOCS, kinds: str = KINDS, weights=CLASS_WEIGHT) -> Pipeline:
    """Features, then multinomial logistic regression (class weights "balanced" or per class number)."""
    regression = LogisticRegression(C=c, class_weight=weights, solver="saga", max_iter=2000)
    return Pipeline([("features", FeatureRows(min_docs, kinds)), ("model", regression)])


def training_text(example: Example) -> str:
    """What a row teaches the model: the text it reads, but where the rules alone read the reply as crisis
    (the model cannot change that verdict), without the guarded clauses (`GUARDED_WHERE_RULES_CRISIS`)."""
    if not GUARDED_WHERE_RULES_CRISIS and example.rules.level == "crisis":
        return unguarded(example.for_model)
    return example.for_model


def _trainable(examples: list[Example]) -> tuple[list[int], list[tuple[str, str]], list[int]]:
    """The examples the model reads (not keywords): their positions, their texts (what each teaches, what
    the model reads) and class numbers."""
    positions = [i for i, e in enumerate(examples) if e.trainable]
    return (
        positions,
        [(training_text(examples[i]), examples[i].for_model) for i in positions],
        [CLASSES.index(examples[i].level) for i in positions],
    )


def taught(example: Example, rules_crisis_taught: bool = RULES_CRISIS_TAUGHT) -> bool:
    """Whether a trainable example teaches the model (`RULES_CRISIS_TAUGHT`, `CONTEXT_PLACED_TAUGHT`)."""
    if not CONTEXT_PLACED_TAUGHT and example.placed_by_context:
        return False
    return rules_crisis_taught or example.rules.level != "crisis"


def fit(examples: list[Example], keep: int = KEEP, rules_crisis_taught: bool = RULES_CRISIS_TAUGHT) -> Model:
    """A model fitted on these examples (its thresholds are placeholders: see `choose_thresholds`)."""
    _, texts, labels = _trainable([e for e in examples if taught(e, rules_crisis_taught)])
    fitted = pipeline().fit(texts, labels)
    vocabulary = fitted.named_steps["features"].vocabulary_
    regression = fitted.named_steps["model"]
    order = [list(regression.classes_).index(k) for k in range(len(CLASSES))]  # CLASSES order
    coef = regression.coef_[order]
    table = {}
    for name, i in vocabulary.items():
        ws = [float(coef[k, i]) for k in range(len(CLASSES))]
        mean = sum(ws) / len(ws)
        table[name] = [w - mean for w in ws]  # softmax is unchanged by a shift: centre each feature
    kept = sorted(table, key=lambda n: -max(abs(w) for w in table[n]))[:keep]
    bias = [float(regression.intercept_[k]) for k in order]
    return Model({name: table[name] for name in kept}, bias, {"crisis": 0.5, "urgent": 0.5})


def out_of_fold(
    examples: list[Example],
    k: int = FOLDS,
    seed: int = SEED,
    groups: list[str] | None = None,
    rules_crisis_taught: bool = RULES_CRISIS_TAUGHT,
    **params,
) -> list[tuple[float, ...]]:
    """Model probabilities for every example from a model trained without its fold: stratified k-fold, or,
    given the fold of every example (`triage_groups.folds`), one fold per group (leave one round out). Each
    fold learns only from the examples that teach (`taught`), and predicts every example it holds."""
    positions, texts, labels = _trainable(examples)
    folds = triage_folds.splits(labels, k, seed, None if groups is None else [groups[i] for i in positions])
    teaching = [taught(examples[i], rules_crisis_taught) for i in positions]
    predicted = triage_folds.predict(pipeline(**params), texts, labels, teaching, folds)
    probabilities: list[tuple[float, ...]] = [(0.0, 0.0, 1.0)] * len(examples)
    for position, row in zip(positions, predicted, strict=True):
        probabilities[position] = tuple(float(p) for p in row)  # classes 0, 1, 2 are CLASSES' order
    return probabilities


def model_level(example: Example, p: tuple[float, float, float], thresholds: dict[str, float]) -> str:
    """The model's level for one example as it counts beside the rules (abstentions and guards applied)."""
    return decision.second_opinion(example.rules, example.for_model, p, thresholds)[0]


def combined(example: Example, p: tuple[float, float, float], thresholds: dict[str, float]) -> str:
    """The level `triage.classify` gives: the more serious of the rules' and the model's, in context."""
    alone = min(example.rules.level, model_level(example, p, thresholds), key=triage.LEVELS.index)
    return example.in_context(alone)


def _lowest(share_of, budget: float, start: float) -> float:
    """The lowest threshold from `start` up, in steps of 0.01, whose share of false alarms is in budget."""
    for step in range(max(5, round(start * 100)), 100):
        if share_of(step / 100) <= budget:
            return step / 100
    return 0.99


def raised_to_crisis(examples: list[Example], probabilities, thresholds: dict[str, float]) -> float:
    """The share of urgent replies the combined triage reads as crisis where the rules alone did not."""
    urgent = [(e, p) for e, p in zip(examples, probabilities, strict=True) if e.level == "urgent"]
    raised = sum(
        combined(e, p, thresholds) == "crisis" and e.in_context(e.rules.level) != "crisis" for e, p in urgent
    )
    return raised / max(len(urgent), 1)


def raised_from_routine(
    examples: list[Example],
    probabilities,
    thresholds: dict[str, float],
    to: tuple[str, ...] = ("urgent", "crisis"),
) -> float:
    """The share of routine replies the combined triage reads at a level of `to` (urgent or crisis) where the
    rules alone read them below it (the model's own false alarms)."""
    routine = [(e, p) for e, p in zip(examples, probabilities, strict=True) if e.level == "routine"]
    below = triage.LEVELS[max(triage.LEVELS.index(level) for level in to) + 1 :]  # most serious first
    raised = sum(
        combined(e, p, thresholds) in to and e.in_context(e.rules.level) in below for e, p in routine
    )
    return raised / max(len(routine), 1)


def choose_thresholds(
    examples: list[Example],
    probabilities,
    crisis_budget: float = CRISIS_BUDGET,
    urgent_to_crisis_budget: float = URGENT_TO_CRISIS_BUDGET,
    model_urgent_budget: float = MODEL_URGENT_BUDGET,
    model_crisis_budget: float = MODEL_CRISIS_BUDGET,
) -> dict[str, float]:
    """The lowest thresholds whose combined false alarms stay within the budgets: first where no guard fired
    (crisis: routine replies read as crisis, and urgent replies the model raises to crisis; urgent: routine
    replies read as urgent or crisis, and routine replies the model raises), then, starting from those, where
    one did."""
    routine = [(e, p) for e, p in zip(examples, probabilities, strict=True) if e.level == "routine"]

    def alarms(thresholds: dict[str, float], raised: set[str]) -> float:
        return sum(combined(e, p, thresholds) in raised for e, p in routine) / len(routine)

    off = {"guarded_crisis": NEVER, "guarded_urgent": NEVER}

    def over_budget(t: float) -> float:
        """The larger of the crisis threshold's two false-alarm shares at t, each over its budget."""
        thresholds = {"crisis": t, "urgent": NEVER, **off}
        shares = [alarms(thresholds, {"crisis"}) / crisis_budget]
        if urgent_to_crisis_budget is not None:
            shares.append(raised_to_crisis(examples, probabilities, thresholds) / urgent_to_crisis_budget)
        if model_crisis_budget is not None:
            raised = raised_from_routine(examples, probabilities, thresholds, to=("crisis",))
            shares.append(raised / model_crisis_budget)
        return max(shares)

    crisis = _lowest(over_budget, 1.0, 0.05)

    def urgent_over_budget(t: float) -> float:
        """The larger of the urgent threshold's two false-alarm shares at t, each over its budget."""
        thresholds = {"crisis": crisis, "urgent": t, **off}
        shares = [alarms(thresholds, {"crisis", "urgent"}) / URGENT_BUDGET]
        if model_urgent_budget is not None:
            shares.append(raised_from_routine(examples, probabilities, thresholds) / model_urgent_budget)
        return max(shares)

    urgent = _lowest(urgent_over_budget, 1.0, 0.05)
    base = {"crisis": crisis, "urgent": urgent}
    before = {level: alarms({**base, **off}, raised) for level, raised in
              (("crisis", {"crisis"}), ("urgent", {"crisis", "urgent"}))}  # fmt: skip
    guarded_crisis = _lowest(
        lambda t: (
            alarms({**base, "guarded_crisis": t, "guarded_urgent": NEVER}, {"crisis"}) - before["crisis"]
        ),
        GUARDED_CRISIS_BUDGET,
        max(crisis, GUARDED_CRISIS_FLOOR),
    )
    guarded_urgent = _lowest(
        lambda t: (
            alarms({**base, "guarded_crisis": guarded_crisis, "guarded_urgent": t}, {"crisis", "urgent"})
            - before["urgent"]
        ),
        GUARDED_URGENT_BUDGET,
        max(urgent, GUARDED_URGENT_FLOOR),
    )
    return {**base, "guarded_crisis": guarded_crisis, "guarded_urgent": guarded_urgent}
