"""Dump every triage verdict, to check that a change (a speed-up, say) changes none of them.

    .venv/bin/python scripts/triage_verdicts.py dump OUT.json       # before the change
    .venv/bin/python scripts/triage_verdicts.py compare OUT.json    # after: exit 1 on any difference

Every row of the labelled set and of each blind batch (with its context) and every reply of the table tests
(`tests/unit/test_triage_*.py`, alone) is classified; for each, the whole verdict, the text the model reads
and the model's three probabilities (rounded to 9 places: the sum over a set of features may differ in its
last bits from one process to the next) are kept.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.support.triage_data import BLIND, LABELLED, read  # noqa: E402
from textsupport.triage import classify, decision  # noqa: E402
from textsupport.triage import context as in_context  # noqa: E402
from textsupport.triage import model as triage_model  # noqa: E402


def table_replies() -> list[str]:
    """The replies of the table tests: every module-level {category: [reply, ...]} of the triage tests."""
    found: list[str] = []
    for path in sorted((ROOT / "tests" / "unit").glob("test_triage_*.py")):
        module = importlib.import_module(f"tests.unit.{path.stem}")
        for value in vars(module).values():
            if isinstance(value, dict) and value and all(isinstance(v, list) for v in value.values()):
                found.extend(t for texts in value.values() for t in texts if isinstance(t, str))
    return found


def inputs() -> list[tuple[str, tuple[str | None, str] | None]]:
    """(text, context) for every reply checked."""
    rows = read(LABELLED) + [row for path in sorted(BLIND.glob("*.csv")) for row in read(path)]
    return [(row.text, row.context) for row in rows] + [(text, None) for text in table_replies()]


def record(text: str, context) -> dict:
    """The verdict and what the model read and said, as plain JSON values."""
    verdict = classify(text, context)
    _, for_model = decision.rules_read(text, in_context.as_context(context))
    model = triage_model.MODEL
    scores = None
    if for_model is not None and model is not None:
        scores = [round(p, 9) for p in model.probabilities(for_model)]
    return {
        "text": text,
        "context": list(context) if context else None,
        "level": verdict.level.value,
        "keyword": verdict.keyword,
        "reasons": list(verdict.reasons),
        "opt_out_request": verdict.opt_out_request,
        "emergency": verdict.emergency,
        "answered": verdict.answered,
        "for_model": for_model,
        "scores": scores,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("dump", "compare"))
    parser.add_argument("path", type=Path)
    args = parser.parse_args()
    records = [record(text, context) for text, context in inputs()]
    if args.action == "dump":
        args.path.write_text(json.dumps(records, ensure_ascii=False, indent=0), encoding="utf-8")
        print(f"{len(records)} verdicts written to {args.path}")
        return 0
    before = json.loads(args.path.read_text(encoding="utf-8"))
    changed = [(old, new) for old, new in zip(before, records, strict=False) if old != new]
    if len(before) != len(records):
        print(f"{len(before)} verdicts before, {len(records)} now")
    for old, new in changed[:20]:
        print(json.dumps({"before": old, "now": new}, ensure_ascii=False))
    print(f"{len(records)} verdicts compared, {len(changed)} changed")
    return 1 if changed or len(before) != len(records) else 0


if __name__ == "__main__":
    sys.exit(main())
