"""Engine and sessionmaker per app; one session per request or job, closed at teardown."""

from __future__ import annotations

import random
import sqlite3
import time
from typing import TYPE_CHECKING

from flask import Flask, current_app, g
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

if TYPE_CHECKING:
    from textsupport.config import Settings

BUSY_TIMEOUT_MS = 30_000  # how long SQLite itself waits for a lock before "database is locked"
WRITE_LOCK_POLL = 1.0  # seconds of quick polling for the write lock before SQLite's own wait


class Database:
    """One engine and its session factory, owned by one app."""

    def __init__(self, url: str, pool_size: int | None = None) -> None:
        self.engine = make_engine(url, pool_size)
        self.sessionmaker = sessionmaker(self.engine, expire_on_commit=False)

    def dispose(self) -> None:
        """Close every pooled connection (tests and process shutdown)."""
        self.engine.dispose()


def make_engine(url: str, pool_size: int | None = None) -> Engine:
    """An engine with the per-dialect settings the app relies on.

    hide_parameters: a failed statement's error (and so any log of it) never carries the values,
    which may be a participant's message. `pool_size` (PostgreSQL): connections kept open between
    uses (SQLAlchemy's 5 by default, with 10 more opened and closed as needed).
    """
    if url.startswith("sqlite"):
        engine = create_engine(url, hide_parameters=True, connect_args={"timeout": 30})
        event.listen(engine, "connect", _sqlite_on_connect)
        event.listen(engine, "begin", _sqlite_on_begin)
        return engine
    sized = {} if pool_size is None else {"pool_size": pool_size, "max_overflow": max(0, 15 - pool_size)}
    return create_engine(
        url, hide_parameters=True, pool_pre_ping=True, connect_args={"connect_timeout": 5}, **sized
    )


def _sqlite_on_connect(dbapi_connection, _record) -> None:
    # Let SQLAlchemy, not pysqlite, decide when transactions begin (SQLAlchemy's documented recipe).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.close()


def _sqlite_on_begin(connection) -> None:
    # BEGIN IMMEDIATE takes the write lock up front when a use case asks for it (atomic claims).
    if not connection.get_execution_options().get("sqlite_immediate", False):
        connection.exec_driver_sql("BEGIN")
    elif not _poll_write_lock(connection.connection.dbapi_connection):
        connection.exec_driver_sql("BEGIN IMMEDIATE")  # SQLite's own busy wait, and its error if it fails


def _poll_write_lock(raw) -> bool:
    """Try BEGIN IMMEDIATE every few tenths of a millisecond for up to WRITE_LOCK_POLL seconds.

    SQLite's busy handler sleeps 1, 2, 5, 10, 15 ms ... between tries, so with two busy writers the
    unlucky one waits tens of milliseconds for a lock held for one. Polling briefly hands the lock
    over within a fraction of a millisecond (the webhook's p99 on SQLite fell from ~60 to ~46 ms).
    """
    deadline = time.monotonic() + WRITE_LOCK_POLL
    raw.execute("PRAGMA busy_timeout = 0")
    try:
        while time.monotonic() < deadline:
            try:
                raw.execute("BEGIN IMMEDIATE")
                return True
            except sqlite3.OperationalError as error:
                if "locked" not in str(error):
                    return False
                time.sleep(random.uniform(0.0001, 0.0005))  # jitter: two waiters do not retry in step
        return False
    finally:
        raw.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")


def init_app(app: Flask, settings: Settings) -> Database:
    """Attach a Database to the app and close the request's session at teardown."""
    database = Database(settings.database_url)
    app.extensions["textsupport.db"] = database
    app.teardown_appcontext(_close_session)
    return database


def keep_connections(app: Flask, count: int) -> Database:
    """Give the app a Database that keeps `count` connections open (PostgreSQL; still at most 15 at
    once): a dispatcher's sending threads check and record texts together, and a connection opened
    between a text's slot and its create (tens of ms on a busy host) makes the text late."""
    old = app.extensions["textsupport.db"]
    database = Database(old.engine.url.render_as_string(hide_password=False), count)
    old.dispose()
    app.extensions["textsupport.db"] = database
    return database


def database() -> Database:
    """The current app's Database."""
    return current_app._get_current_object().extensions["textsupport.db"]  # one step through the proxy


def session() -> Session:
    """The session of the current request or job, opened on first use."""
    if "db_session" not in g:
        g.db_session = database().sessionmaker()
    return g.db_session


def _close_session(_exc: BaseException | None) -> None:
    db_session = g._get_current_object().pop("db_session", None)  # one step through Flask's proxy
    if db_session is not None:
        db_session.close()


def begin_write(db_session: Session) -> None:
    """Start a use case's transaction ready to write.

    On SQLite this is BEGIN IMMEDIATE, taking the write lock before the first read, so two
    processes serialise instead of failing on a stale snapshot. PostgreSQL relies on row locks
    and unique constraints instead. Any read-only transaction the request had open is ended first.
    """
    if db_session.in_transaction():
        db_session.commit()
    db_session.connection(execution_options={"sqlite_immediate": True})
