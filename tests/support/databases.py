"""Fresh test databases: a migrated SQLite file copied per test, a migrated PostgreSQL truncated per test."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from sqlalchemy import create_engine, make_url, text
from sqlalchemy.engine import URL

from textsupport import schema
from textsupport.db import make_engine
from textsupport.models import Base

TEST_DATABASE_URL = os.environ.get("TEST_DATABASE_URL")
BACKENDS = ["sqlite"] + (["postgresql"] if TEST_DATABASE_URL else [])
TABLES = ", ".join(table.name for table in Base.metadata.sorted_tables)


def sqlite_url(path: Path) -> str:
    """A SQLAlchemy URL for a SQLite file."""
    return f"sqlite:///{path}"


def migrate(url: str) -> None:
    """Apply every migration to the database at `url`."""
    engine = make_engine(url)
    try:
        schema.upgrade(engine)
    finally:
        engine.dispose()


def make_sqlite_template(directory: Path) -> Path:
    """A migrated SQLite file that each test copies."""
    path = directory / "template.db"
    migrate(sqlite_url(path))
    return path


def copy_sqlite(template: Path, directory: Path) -> str:
    """A fresh database for one test: a copy of the migrated template."""
    path = directory / "test.db"
    shutil.copyfile(template, path)
    return sqlite_url(path)


def create_postgres_database(suffix: str) -> URL:
    """A new empty PostgreSQL database beside TEST_DATABASE_URL, so parallel runs never meet."""
    base = make_url(TEST_DATABASE_URL)
    url = base.set(database=f"{base.database}_{suffix}_{os.getpid()}")
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{url.database}" WITH (FORCE)'))
            conn.execute(text(f'CREATE DATABASE "{url.database}"'))
    finally:
        admin.dispose()
    return url


def drop_postgres_database(url: URL) -> None:
    """Remove a database made by create_postgres_database."""
    admin = create_engine(make_url(TEST_DATABASE_URL), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{url.database}" WITH (FORCE)'))
    finally:
        admin.dispose()


def truncate_postgres(engine) -> None:
    """Empty every table (TRUNCATE bypasses the append-only row triggers by design)."""
    with engine.begin() as conn:
        conn.execute(text(f"TRUNCATE TABLE {TABLES} RESTART IDENTITY CASCADE"))


def production_settings(database_url: str, **overrides) -> dict:
    """The least a production app needs to start (fake values: nothing is called)."""
    return {
        "TEXTSUPPORT_ENV": "production",
        "DATABASE_URL": database_url,
        "SECRET_KEY": "x" * 40,
        "ONCALL_PHONES": "+17805550999",
        "SMS_BACKEND": "twilio",
        "TWILIO_ACCOUNT_SID": "AC" + "0" * 32,
        "TWILIO_AUTH_TOKEN": "token",
        "TWILIO_FROM_NUMBER": "+17805550199",
        "PUBLIC_BASE_URL": "https://sms.example.org",
        **overrides,
    }


def make_settings(database_url: str, **overrides) -> dict:
    """Settings for an app under test."""
    settings = {
        "TEXTSUPPORT_ENV": "test",
        "DATABASE_URL": database_url,
        "SECRET_KEY": "test-secret-key",
        "SMS_BACKEND": "fake",
        "LOGIN_RATE_LIMIT": "1000 per minute",
        "SITES": "north,south",  # the recruiting sites the tests enrol at (SITES="" to test it unset)
    }
    settings.update(overrides)
    return settings
