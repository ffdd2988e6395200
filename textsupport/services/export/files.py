"""The export's files and their columns: what each column holds, and who may see it.

A column is described once, here and in the modules beside it (one per file), and that one
description gives the SQL that fills it, its row in the data dictionary, and whether a mode may
write it: identifiers (phone, name, date of birth, bodies) only in an identifiable export, and
nothing that reveals the arm in a rater's export.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Select, String, type_coerce
from sqlalchemy.sql.elements import ColumnElement


class Kind:
    """A column's type, as the data dictionary describes it."""

    TEXT = "text"
    NOTES = "notes"  # free text typed by a person (or a participant)
    INTEGER = "integer"
    DATE = "date"  # YYYY-MM-DD
    INSTANT = "instant"  # UTC ISO 8601
    CHOICE = "choice"  # one of the listed codes
    YESNO = "yesno"  # 1 or 0


@dataclass(frozen=True)
class Column:
    """One column of one file: its SQL (one expression per statement of the file) and its meaning."""

    name: str
    label: str
    sql: tuple[ColumnElement, ...]
    kind: str = Kind.TEXT
    choices: tuple[tuple[str, str], ...] = ()  # (code, label)
    note: str = ""
    identifier: bool = False  # phone, name, date of birth, a message body: identifiable exports only
    reveals_arm: bool = False  # the arm, or anything that gives it away: never in a rater's export
    needs: tuple = ()  # subqueries this column's SQL reads, outer-joined on the participant
    # Instead of `sql`: the SQL of a value that depends on the export's time (now, local today).
    timed: Callable[[datetime, date], ColumnElement] | None = None


@dataclass(frozen=True)
class Options:
    """What was asked for: the modes of `export` (contract section 4)."""

    identifiable: bool = False
    reason: str | None = None
    rater: bool = False

    def as_dict(self) -> dict:
        """For the manifest and the audit row."""
        return {"identifiable": self.identifiable, "reason": self.reason, "rater": self.rater}


@dataclass(frozen=True)
class ExportFile:
    """One CSV of the export and how to read its rows: one or more statements, written in order."""

    name: str  # e.g. participants.csv
    title: str
    columns: tuple[Column, ...]
    statements: Callable[[Sequence[Column], datetime, date], list[Select]]  # (columns, now, local today)
    for_rater: bool  # a rater's export writes this file (without the columns that reveal the arm)

    @property
    def form(self) -> str:
        """The file's name without .csv: the data dictionary's Form Name."""
        return self.name.removesuffix(".csv")

    def columns_for(self, options: Options) -> list[Column]:
        """The columns this mode may write."""
        return [
            column
            for column in self.columns
            if (options.identifiable or not column.identifier) and not (options.rater and column.reveals_arm)
        ]


def values(columns: Sequence[Column], statement: int, now: datetime, today: date) -> list[ColumnElement]:
    """The labelled SQL of each column for one of its file's statements."""
    return [
        (column.timed(now, today) if column.timed else column.sql[statement]).label(column.name)
        for column in columns
    ]


def raw(value: ColumnElement) -> ColumnElement:
    """A stored enum's text as it is, without building enum objects for a million rows."""
    return type_coerce(value, String)


def choices(values, labels: dict[str, str] | None = None) -> tuple[tuple[str, str], ...]:
    """(code, label) pairs of an enum or a list of codes; labels default to the code in words."""
    labels = labels or {}
    return tuple((str(v), labels.get(str(v), str(v).replace("_", " "))) for v in values)


def joined(statement: Select, columns: Sequence[Column], on: ColumnElement) -> Select:
    """Outer-join each subquery the chosen columns read (once), on its participant_id = `on`."""
    seen: list = []
    for column in columns:
        seen += [sub for sub in column.needs if not any(sub is s for s in seen)]
    for sub in seen:
        statement = statement.outerjoin(sub, sub.c.participant_id == on)
    return statement
