"""Train the triage model on the labelled replies and write textsupport/triage/model.json.

    .venv/bin/python scripts/train_triage_model.py [--labelled CSV] [--evaluate CSV] [--out JSON]

1. Runs the rules once over every labelled reply (the model reads the text the rules leave it).
2. Stratified 5-fold cross-validation: each fold's model is trained without that fold; the out-of-fold
   scores choose the model's thresholds (crisis for recall, inside the false-alarm budget) and give the
   cross-validated figures for the rules alone, the model alone and the two combined.
3. With --evaluate, measures a held-out CSV (text,level) once with a model trained on all labelled rows.
4. Trains on every labelled row, prunes to the most useful features and writes the model.

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

from scripts import triage_training as learn  # noqa: E402
from tests.support.triage_data import LABELLED, read  # noqa: E402
from textsupport.triage.model import MODEL_FILE  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labelled", type=Path, default=LABELLED)
    parser.add_argument("--evaluate", type=Path, help="a held-out CSV to measure once (not trained on)")
    parser.add_argument("--out", type=Path, default=MODEL_FILE)
    args = parser.parse_args()

    started = time.perf_counter()
    examples = learn.prepare(read(args.labelled))
    probabilities = learn.out_of_fold(examples)
    thresholds = learn.choose_thresholds(examples, probabilities)
    cross_validated = learn.evaluate(examples, probabilities, thresholds)
    print(f"{learn.FOLDS}-fold cross-validation on {len(examples)} replies, thresholds {thresholds}:")
    for name, values in cross_validated.items():
        print("  " + learn.describe(name, values))

    model = learn.fit(examples)
    model.thresholds = thresholds
    if args.evaluate:
        held_out = learn.prepare(read(args.evaluate))
        scores = [model.probabilities(e.for_model) if e.for_model is not None else (0.0, 0.0, 1.0)
                  for e in held_out]  # fmt: skip
        print(f"held out ({args.evaluate.name}, {len(held_out)} replies, never trained on):")
        for name, values in learn.evaluate(held_out, scores, thresholds).items():
            print("  " + learn.describe(name, values))

    stored = model.to_dict(
        trained_on=len(examples),
        cross_validated={
            name: {k: round(v, 4) for k, v in figures.items()} for name, figures in cross_validated.items()
        },  # fmt: skip
    )
    text = json.dumps(stored, ensure_ascii=False, separators=(",", ":")) + "\n"
    args.out.write_text(text, encoding="utf-8")
    size, took = args.out.stat().st_size, time.perf_counter() - started
    print(f"wrote {args.out} ({len(model.weights)} features, {size / 1024:.0f} KiB) in {took:.1f} s")


if __name__ == "__main__":
    main()
