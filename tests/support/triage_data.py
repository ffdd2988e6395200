"""The labelled triage replies and the blind batches: one reader for tests, scripts and benchmarks.

Every CSV has the columns `text,level` and may have `context_kind,context_body`: the last text we sent
that person (its outbound kind and body) when the reply answers it. Blind batches may carry more
columns (`category`, `register`), kept in `extra`.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data"
LABELLED = DATA / "triage_labelled.csv"
BLIND = DATA / "triage_blind"
COLUMNS = ("text", "level", "context_kind", "context_body")


@dataclass(frozen=True)
class Row:
    """One labelled reply, with the text we last sent that person when it answers one."""

    text: str
    level: str
    context_kind: str = ""
    context_body: str = ""
    extra: dict[str, str] = field(default_factory=dict, compare=False, hash=False)

    @property
    def context(self) -> tuple[str, str] | None:
        """(kind, body) of the text this reply answers, or None."""
        return (self.context_kind or None, self.context_body) if self.context_body else None

    @property
    def key(self) -> tuple[str, str]:
        """What makes a row unique in the labelled set: the text and what it answers."""
        return self.text, self.context_body


def read(path: Path = LABELLED) -> list[Row]:
    """Every row of a labelled CSV or blind batch."""
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            Row(
                row["text"],
                row["level"],
                row.get("context_kind") or "",
                row.get("context_body") or "",
                {k: v for k, v in row.items() if k not in COLUMNS and k is not None},
            )
            for row in csv.DictReader(handle)
        ]


def write(rows: list[Row], path: Path = LABELLED) -> None:
    """Write rows in the labelled set's columns (the extra columns of a blind batch are dropped)."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(COLUMNS)
        writer.writerows((r.text, r.level, r.context_kind, r.context_body) for r in rows)
