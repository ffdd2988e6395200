"""Dump every triage verdict, to check that a change (a speed-up, say) changes none of them.

    .venv/bin/python scripts/triage_verdicts.py dump OUT.json       # before the change
    .venv/bin/python scripts/triage_verdicts.py compare OUT.json    # after: exit 1 on any change

Replies are matched by their text and context, so new table tests or rows only add replies (reported,
not a failure); a changed verdict or a reply no longer read is.

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
    """The replies of the table tests: every module-level {category: [reply, ...]} of the triage tests, and
    the language matrix's {concept: {language: [reply, ...]}}."""
    found: list[str] = []
    for path in sorted((ROOT / "tests" / "unit").glob("test_triage_*.py")):
        module = importlib.import_module(f"tests.unit.{path.stem}")
        for value in vars(module).values():
            found.extend(_replies(value))
    return found


def _replies(table) -> list[str]:
    """The replies of one table: {category: [reply, ...]}, or {concept: {language: [reply, ...]}}."""
    if not isinstance(table, dict) or not table:
        return []
    if all(isinstance(v, dict) for v in table.values()):
        return [text for inner in table.values() for text in _replies(inner)]
    if all(isinstance(v, list) for v in table.values()):
        return [text for texts in table.values() for text in texts if isinstance(text, str)]
    return []


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
        for_model = model.readable(for_model)
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
    changed, gone, new = compare(before, records)
    for old, now in changed[:20]:
        print(json.dumps({"before": old, "now": now}, ensure_ascii=False))
    print(
        f"{len(records)} verdicts compared by reply and context, {len(changed)} changed, "
        f"{len(gone)} replies gone, {len(new)} new"
    )
    return 1 if changed or gone else 0


def key(record: dict) -> tuple:
    """What identifies a reply: its text and the text it answers (not its place in the dump)."""
    return record["text"], tuple(record["context"] or ())


def compare(before: list[dict], now: list[dict]) -> tuple[list[tuple[dict, dict]], list[dict], list[dict]]:
    """(pairs whose verdict changed, replies no longer read, replies read for the first time), matched by
    `key`, so that a table-test file added or rows moved shift nothing. A reply read more than once (a row
    in two files) keeps its first verdict: they are the same reply."""
    old = {}
    for record in before:
        old.setdefault(key(record), record)
    seen: dict[tuple, dict] = {}
    for record in now:
        seen.setdefault(key(record), record)
    changed = [(old[k], record) for k, record in seen.items() if k in old and old[k] != record]
    gone = [record for k, record in old.items() if k not in seen]
    new = [record for k, record in seen.items() if k not in old]
    return changed, gone, new


if __name__ == "__main__":
    sys.exit(main())
