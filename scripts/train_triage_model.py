"""Train the triage model on the labelled replies and write textsupport/triage/model.json.

    .venv/bin/python scripts/train_triage_model.py [--labelled CSV] [--evaluate CSV] [--out JSON]
        [--rules-crisis-taught yes|no]

1. Runs the rules once over every labelled reply (the model reads the text the rules leave it, the clauses
   they guarded marked as such: `textsupport.triage.text.for_model`).
2. Leave-one-round-out cross-validation (`scripts/triage_groups.py`): each blind round joined to the set
   is predicted by a model trained without it (the team's own rows in 5 folds of their own); these
   grouped out-of-fold scores choose the model's thresholds (crisis for recall, inside the false-alarm
   budget) and give the leave-one-round-out figures, over the rounds' rows, for the rules alone, the
   model alone and the two combined. The rules were written with every row in view: their share is
   in-sample here too, so the round measured blind before any fix is the only honest figure.
3. Stratified 5-fold cross-validation with the same thresholds, for comparison with earlier rounds (it
   leaks: a fold's model has seen the other rows of the same round, written in the same hand).
4. With --evaluate, measures a held-out CSV (text,level) once with a model trained on all labelled rows.
5. Trains on every labelled row, prunes to the most useful features and writes the model.

scikit-learn (a dev-only dependency, installed by `make test`): a few seconds for ~3,000 replies.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts import triage_figures as measure  # noqa: E402
from scripts import triage_groups  # noqa: E402
from scripts import triage_training as learn  # noqa: E402
from tests.support.triage_data import LABELLED, read  # noqa: E402
from textsupport.triage.model import MODEL_FILE  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labelled", type=Path, default=LABELLED)
    parser.add_argument("--evaluate", type=Path, help="a held-out CSV to measure once (not trained on)")
    parser.add_argument("--out", type=Path, default=MODEL_FILE)
    parser.add_argument(
        "--urgent-to-crisis-budget",
        type=lambda value: None if value == "none" else float(value),
        default=learn.URGENT_TO_CRISIS_BUDGET,
        help="the share of urgent replies the model may raise to crisis out of fold ('none': no such budget)",
    )
    parser.add_argument(
        "--model-urgent-budget",
        type=lambda value: None if value == "none" else float(value),
        default=learn.MODEL_URGENT_BUDGET,
        help="the share of routine replies the model may raise out of fold where the rules read them routine",
    )
    parser.add_argument(
        "--model-crisis-budget",
        type=lambda value: None if value == "none" else float(value),
        default=learn.MODEL_CRISIS_BUDGET,
        help="the share of routine replies the model may raise to crisis out of fold where the rules read "
        "them below crisis ('none': no such budget)",
    )
    parser.add_argument(
        "--rules-crisis-taught",
        choices=("yes", "no"),
        default="yes" if learn.RULES_CRISIS_TAUGHT else "no",
        help="whether replies the rules alone read as crisis teach the model (they are predicted either way)",
    )
    args = parser.parse_args()
    taught = args.rules_crisis_taught == "yes"

    started = time.perf_counter()
    rows = read(args.labelled)
    examples = learn.prepare(rows)
    row_groups = triage_groups.groups(rows)
    grouped = learn.out_of_fold(examples, groups=triage_groups.folds(row_groups), rules_crisis_taught=taught)
    budget = args.urgent_to_crisis_budget
    thresholds = learn.choose_thresholds(
        examples,
        grouped,
        urgent_to_crisis_budget=budget,
        model_urgent_budget=args.model_urgent_budget,
        model_crisis_budget=args.model_crisis_budget,
    )
    rounds = [i for i, group in enumerate(row_groups) if group != triage_groups.TEAM]
    folded = learn.out_of_fold(examples, rules_crisis_taught=taught)
    estimates = {
        "leave-one-round-out": ([examples[i] for i in rounds], [grouped[i] for i in rounds]),
        f"{learn.FOLDS}-fold": (examples, folded),
    }
    cross_validated = {name: measure.evaluate(*pair, thresholds) for name, pair in estimates.items()}
    print(f"thresholds (chosen by leave-one-round-out cross-validation): {thresholds}")
    print(f"  urgent raised to crisis by the model, all rows, grouped: "
          f"{learn.raised_to_crisis(examples, grouped, thresholds):.4f} "
          f"(budget {budget})")  # fmt: skip
    print(f"  routine raised by the model, all rows, grouped: "
          f"{learn.raised_from_routine(examples, grouped, thresholds):.4f} "
          f"(budget {args.model_urgent_budget})")  # fmt: skip
    print(f"  routine raised to crisis by the model, all rows, grouped: "
          f"{learn.raised_from_routine(examples, grouped, thresholds, to=('crisis',)):.4f} "
          f"(budget {args.model_crisis_budget})")  # fmt: skip
    for estimate, figures in cross_validated.items():
        print(f"{estimate} cross-validation on {len(estimates[estimate][0])} replies:")
        for name, values in figures.items():
            print("  " + measure.describe(name, values))
        raised = learn.raised_to_crisis(*estimates[estimate], thresholds)
        print(f"  urgent raised to crisis by the model {raised:.4f}")
        raised = learn.raised_from_routine(*estimates[estimate], thresholds)
        print(f"  routine raised to urgent or crisis by the model {raised:.4f}")

    model = learn.fit(examples, rules_crisis_taught=taught)
    model.thresholds = thresholds
    if args.evaluate:
        held_out = learn.prepare(read(args.evaluate))
        scores = [model.probabilities(e.for_model) if e.for_model is not None else (0.0, 0.0, 1.0)
                  for e in held_out]  # fmt: skip
        print(f"held out ({args.evaluate.name}, {len(held_out)} replies, never trained on):")
        for name, values in measure.evaluate(held_out, scores, thresholds).items():
            print("  " + measure.describe(name, values))

    stored = model.to_dict(
        trained_on=len(examples),
        cross_validated={
            estimate: {name: {k: round(v, 4) for k, v in values.items()} for name, values in figures.items()}
            for estimate, figures in cross_validated.items()
        },  # fmt: skip
        rounds_in_leave_one_round_out=sorted({g for g in row_groups if g != triage_groups.TEAM}),
        hyperparameters={
            "C": learn.C,
            "min_docs": learn.MIN_DOCS,
            "keep": learn.KEEP,
            "kinds": learn.KINDS,
            "class_weight": learn.CLASS_WEIGHT,
            "guarded_where_rules_crisis": learn.GUARDED_WHERE_RULES_CRISIS,
            "rules_crisis_taught": taught,
        },  # fmt: skip
    )
    text = json.dumps(stored, ensure_ascii=False, separators=(",", ":")) + "\n"
    args.out.write_text(text, encoding="utf-8")
    size, took = args.out.stat().st_size, time.perf_counter() - started
    print(f"wrote {args.out} ({len(model.weights)} features, {size / 1024:.0f} KiB) in {took:.1f} s")


if __name__ == "__main__":
    main()
