"""Measure a blind triage batch once, before any fix: rules alone and rules plus model.

    .venv/bin/python scripts/measure_triage_batch.py tests/data/triage_blind/round6.csv

The batch is a CSV with at least `text` and `level` columns (crisis, urgent or routine). Prints one
Markdown row per classifier for tests/data/triage_rounds.md: n, crisis recall, (crisis+urgent) read as
routine, and routine read as crisis. Rows with a `context_body` (the last text we sent that person)
are read with it, by the rules alone and by rules plus model, as the webhook reads them.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts.triage_figures import figures  # noqa: E402
from tests.support.triage_data import read  # noqa: E402
from textsupport.triage import classify, decision  # noqa: E402
from textsupport.triage import context as in_context  # noqa: E402


def rules_alone(row) -> str:
    """The level the rules give, read with the row's context (no model)."""
    context = in_context.as_context(row.context)
    verdict = decision.rules_read(row.text, context)[0]
    return (verdict if context is None else in_context.read(row.text, verdict, context)).level.value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("batch", type=Path)
    args = parser.parse_args()
    rows = read(args.batch)
    truth = [row.level for row in rows]
    rules = [rules_alone(row) for row in rows]
    combined = [classify(row.text, row.context).level.value for row in rows]
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
