"""Core statements compiled once and run on the DB-API connection: the inbound reply's path on SQLite.

SQLAlchemy builds an execution context around every statement, even one whose compiled form is
cached: on the benchmark's host ~50 µs an insert and ~70 µs the sender's read, where the DB-API call
itself takes ~20-30. On SQLite a reply's read and four inserts run while its one write lock is held,
so that time is taken from every other writer as well (docs/operations.md). A `Prepared` statement
sends what SQLAlchemy would send: the SQL its compiler renders for SQLite, each value through the
bound type's own bind processor (UTC instants, enums as their values, JSON), the statement's own
constants (a LIMIT, an enum compared with) likewise, in the connection's transaction; rows read come
back through each column type's result processor. The rows stored and read are the same
(tests/integration/test_prepared.py). On any other database it is SQLAlchemy's own `execute`.

One reply binds the same few instants many times (when it arrived, in both reads and in each of its
rows): every UTC-instant value's text is kept once made, for every statement, in a small table that is
emptied when it fills (`_instant`).

What it does not do: fill in Python-side column defaults (every column an insert binds must be in the
values: a missing one is a KeyError), nor fire SQLAlchemy's cursor events. An error is the driver's
own, which carries no values.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Dialect
from sqlalchemy.sql import Executable

from textsupport.models.base import UTCDateTime

_Processor = Callable[[Any], Any] | None
_Bind = tuple[str | None, _Processor, Any]  # (name in the values, its processor) or (None, None, constant)
_INSTANTS: dict[datetime, Any] = {}  # an aware instant -> what UTCDateTime's processor makes of it
_INSTANTS_KEPT = 32


class Prepared:
    """One statement, compiled for SQLite per set of value names on first use."""

    def __init__(self, statement: Executable) -> None:
        self._statement = statement
        self._compiled: dict[tuple[str, ...], tuple[str, tuple[_Bind, ...], tuple[_Processor, ...]]] = {}

    def execute(self, connection: Connection, values: Mapping[str, Any]) -> Any:
        """Inside the connection's transaction: run it with `values`; a cursor (fetchone, fetchall)."""
        if connection.dialect.name != "sqlite":
            return connection.execute(self._statement, values)
        return self._run(connection, values, self._compile(connection.dialect, tuple(values)))

    def _run(self, connection: Connection, values: Mapping[str, Any], compiled) -> Any:
        sql, binds, _ = compiled
        params = [
            constant if name is None else (values[name] if process is None else process(values[name]))
            for name, process, constant in binds
        ]
        return connection.connection.driver_connection.execute(sql, params)

    def rows(self, connection: Connection, values: Mapping[str, Any]) -> list[Sequence[Any]]:
        """Inside the connection's transaction: the rows it returns, each value as its column's type."""
        if connection.dialect.name != "sqlite":
            return list(connection.execute(self._statement, values).all())
        compiled = self._compile(connection.dialect, tuple(values))
        columns = compiled[2]
        return [
            tuple(v if process is None else process(v) for process, v in zip(columns, row, strict=True))
            for row in self._run(connection, values, compiled).fetchall()
        ]

    def _compile(self, dialect: Dialect, names: tuple[str, ...]):
        if names not in self._compiled:
            compiled = self._statement.compile(dialect=dialect, column_keys=list(names))
            defaulted = {column.key for column in compiled.insert_prefetch}
            binds = []
            for name in compiled.positiontup:
                bind = compiled.binds[name]
                process = bind.type.dialect_impl(dialect).bind_processor(dialect)
                if isinstance(bind.type, UTCDateTime) and process is not None:
                    process = _instant(process)
                if name in names:
                    binds.append((name, process, None))
                elif bind.required or bind.callable is not None or name in defaulted:
                    raise KeyError(name)  # a value to give, or a Python default SQLAlchemy would fill in
                else:
                    binds.append((None, None, _processed(process, bind.value)))
            columns = tuple(
                column.type.dialect_impl(dialect).result_processor(dialect, None)
                for column in getattr(self._statement, "exported_columns", ())
            )
            self._compiled[names] = (str(compiled), tuple(binds), columns)
        return self._compiled[names]


def _instant(process: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """UTCDateTime's bind processor, each value's result kept in _INSTANTS (every UTCDateTime column makes
    the same text of the same instant). A value it has not seen, naive ones included, goes to `process`."""

    def processed(value: Any) -> Any:
        made = _INSTANTS.get(value) if value is not None else None
        if made is None:
            made = process(value)
            if value is not None:
                if len(_INSTANTS) >= _INSTANTS_KEPT:
                    _INSTANTS.clear()
                _INSTANTS[value] = made
        return made

    return processed


def _processed(process: _Processor, value: Any) -> Any:
    return value if process is None else process(value)
