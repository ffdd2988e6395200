"""Measure a blind triage batch once, before any fix: rules alone and rules plus model.

    .venv/bin/python scripts/measure_triage_batch.py tests/data/triage_blind/round6.csv

The batch is a CSV with at least `text` and `level` columns (crisis, urgent or routine). Prints one
Markdown row per classifier for tests/data/triage_rounds.md: n, crisis recall, (crisis+urgent) read as
routine, and routine read as crisis. Rows with a `context_body` are measured without their context
until `classify` takes one (they are counted apart as well).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts.triage_training import figures  # noqa: E402
from tests.support.triage_data import read  # noqa: E402
from textsupport.triage import classifier, classify  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("batch", type=Path)
    args = parser.parse_args()
    rows = read(args.batch)
    truth = [row.level for row in rows]
    rules = [classifier.by_rules(row.text)[0].level.value for row in rows]
    combined = [classify(row.text).level.value for row in rows]
    with_context = sum(bool(row.context_body) for row in rows)
    print(f"{args.batch.name}: {len(rows)} replies ({with_context} with context)")
    for name, predicted in (("rules alone", rules), ("rules + model", combined)):
        values = figures(truth, predicted)
        print(
            f"| {name} | {len(rows)} | {values['crisis recall']:.3f} | "
            f"{values['(crisis+urgent)->routine']:.3f} | {values['routine->crisis']:.3f} |"
        )


if __name__ == "__main__":
    main()
