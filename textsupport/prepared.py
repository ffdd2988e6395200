"""Core statements compiled once and run on the DB-API connection: the inbound reply's path.

SQLAlchemy builds an execution context around every statement, even one whose compiled form is
cached: on the benchmark's host ~50 µs an insert and ~70 µs the sender's read, where the DB-API call
itself takes ~20-30. On SQLite a reply's read and four inserts run while its one write lock is held,
so that time is taken from every other writer as well (docs/operations.md). A `Prepared` statement
sends what SQLAlchemy would send: the SQL its compiler renders for SQLite, each value through the
bound type's own bind processor (UTC instants, enums as their values, JSON), the statement's own
constants (a LIMIT, an enum compared with) likewise, in the connection's transaction; rows read come
back through each column type's result processor. The rows stored and read are the same
(tests/integration/test_prepared.py). On PostgreSQL through psycopg the same holds: the reply's read and
its one folded insert cost ~150-230 µs of SQLAlchemy's CPU each beside ~100 µs for psycopg's own call,
and there every web process's CPU is shared with the database's (docs/operations.md). On any other
database or driver it is SQLAlchemy's own `execute`.

One reply binds the same few instants many times (when it arrived, in both reads and in each of its
rows): on SQLite every UTC-instant value's text is kept once made, for every statement, in a small table
that is emptied when it fills (`_instant`).

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
# (its key in the SQL, its name in the values, its processor) or (its key, None, None, constant)
_Bind = tuple[str, str | None, _Processor, Any]
_DRIVERS = {("sqlite", "pysqlite"), ("postgresql", "psycopg")}  # run on the DB-API connection
_INSTANTS: dict[datetime, Any] = {}  # an aware instant -> what UTCDateTime's processor makes of it
_INSTANTS_KEPT = 32


class Prepared:
    """One statement, compiled per dialect and set of value names on first use."""

    def __init__(self, statement: Executable) -> None:
        self._statement = statement
        self._compiled: dict[tuple[str, tuple[str, ...]], tuple[str, tuple[_Bind, ...], bool, tuple]] = {}

    def execute(self, connection: Connection, values: Mapping[str, Any]) -> Any:
        """Inside the connection's transaction: run it with `values`; a cursor (fetchone, fetchall)."""
        dialect = connection.dialect
        if (dialect.name, dialect.driver) not in _DRIVERS:
            return connection.execute(self._statement, values)
        return self._run(connection, values, self._compile(dialect, tuple(values)))

    def _run(self, connection: Connection, values: Mapping[str, Any], compiled) -> Any:
        sql, binds, named, _ = compiled
        params = [
            constant if name is None else (values[name] if process is None else process(values[name]))
            for _, name, process, constant in binds
        ]
        if named:  # psycopg's %(name)s
            params = {key: value for (key, *_), value in zip(binds, params, strict=True)}
        return connection.connection.driver_connection.execute(sql, params)

    def rows(self, connection: Connection, values: Mapping[str, Any]) -> list[Sequence[Any]]:
        """Inside the connection's transaction: the rows it returns, each value as its column's type."""
        dialect = connection.dialect
        if (dialect.name, dialect.driver) not in _DRIVERS:
            return list(connection.execute(self._statement, values).all())
        compiled = self._compile(dialect, tuple(values))
        columns = compiled[3]
        return [
            tuple(v if process is None else process(v) for process, v in zip(columns, row, strict=True))
            for row in self._run(connection, values, compiled).fetchall()
        ]

    def _compile(self, dialect: Dialect, names: tuple[str, ...]):
        key = (dialect.name, names)
        if key not in self._compiled:
            compiled = self._statement.compile(dialect=dialect, column_keys=list(names))
            if compiled.post_compile_params:  # an expanding IN: SQLAlchemy renders it per execution
                raise ValueError("a prepared statement cannot hold an expanding parameter")
            defaulted = {column.key for column in compiled.insert_prefetch}
            named = compiled.positiontup is None
            escaped = compiled.escaped_bind_names
            binds = []
            for name in compiled.binds if named else compiled.positiontup:
                bind = compiled.binds[name]
                process = bind.type.dialect_impl(dialect).bind_processor(dialect)
                if isinstance(bind.type, UTCDateTime) and process is not None and dialect.name == "sqlite":
                    process = _instant(process)  # its text kept (on PostgreSQL the instant itself is bound)
                if name in names:
                    binds.append((escaped.get(name, name), name, process, None))
                elif bind.required or bind.callable is not None or name in defaulted:
                    raise KeyError(name)  # a value to give, or a Python default SQLAlchemy would fill in
                else:
                    binds.append((escaped.get(name, name), None, None, _processed(process, bind.value)))
            columns = tuple(
                column.type.dialect_impl(dialect).result_processor(dialect, None)
                for column in getattr(self._statement, "exported_columns", ())
            )
            self._compiled[key] = (str(compiled), tuple(binds), named, columns)
        return self._compiled[key]


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
