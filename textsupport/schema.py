"""Apply Alembic migrations to a database (init-db, tests, demo)."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine

from textsupport.config import PROJECT_ROOT

MIGRATIONS = PROJECT_ROOT / "migrations"


def alembic_config(engine: Engine) -> Config:
    """An Alembic config that runs on `engine` without reading alembic.ini."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def upgrade(engine: Engine, revision: str = "head", *, secret_key: str | None = None) -> None:
    """Bring the schema up to `revision`; a no-op when it is already there. `secret_key` (the app's
    SECRET_KEY) seals what a migration must not leave in clear (0021: two-step keys)."""
    _run(engine, command.upgrade, revision, secret_key)


def downgrade(engine: Engine, revision: str = "base") -> None:
    """Take the schema back to `revision` (base drops every table)."""
    _run(engine, command.downgrade, revision)


def _run(engine: Engine, step, revision: str, secret_key: str | None = None) -> None:
    config = alembic_config(engine)
    config.attributes["secret_key"] = secret_key
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        step(config, revision)
