"""How the export's cells are written, done by the database on both backends.

Instants leave as UTC ISO 8601 text (2026-11-24T17:00:00Z) and dates as YYYY-MM-DD, formatted in
SQL: formatting a million datetimes in Python would cost more than reading them. The same
statements feed the benchmark's COPY baseline, so both sides do the same work in the database.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Integer, String
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement


class instant(FunctionElement):  # noqa: N801 (a SQL function, named as SQL names them)
    """An aware instant as UTC ISO 8601 text, to the second."""

    type = String()
    name = "export_instant"
    inherit_cache = True


class day(FunctionElement):  # noqa: N801
    """A date as YYYY-MM-DD text."""

    type = String()
    name = "export_day"
    inherit_cache = True


class days_late(FunctionElement):  # noqa: N801
    """Whole days from a due date to the UTC date of an instant (negative when early)."""

    type = Integer()
    name = "export_days_late"
    inherit_cache = True


def _args(element: FunctionElement, compiler: Any, **kw: Any) -> list[str]:
    return [compiler.process(clause, **kw) for clause in element.clauses]


@compiles(instant, "postgresql")
def _instant_pg(element, compiler, **kw) -> str:
    (value,) = _args(element, compiler, **kw)
    return f"""to_char({value} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')"""


@compiles(instant, "sqlite")
def _instant_sqlite(element, compiler, **kw) -> str:
    (value,) = _args(element, compiler, **kw)  # stored as naive UTC text
    return f"strftime('%Y-%m-%dT%H:%M:%SZ', {value})"


@compiles(day, "postgresql")
def _day_pg(element, compiler, **kw) -> str:
    (value,) = _args(element, compiler, **kw)
    return f"to_char({value}, 'YYYY-MM-DD')"


@compiles(day, "sqlite")
def _day_sqlite(element, compiler, **kw) -> str:
    (value,) = _args(element, compiler, **kw)  # stored as YYYY-MM-DD text already
    return f"CAST({value} AS TEXT)"


@compiles(days_late, "postgresql")
def _days_late_pg(element, compiler, **kw) -> str:
    at, due = _args(element, compiler, **kw)
    return f"(CAST({at} AT TIME ZONE 'UTC' AS DATE) - {due})"


@compiles(days_late, "sqlite")
def _days_late_sqlite(element, compiler, **kw) -> str:
    at, due = _args(element, compiler, **kw)
    return f"CAST(julianday(date({at})) - julianday({due}) AS INTEGER)"
