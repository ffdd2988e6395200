"""Fixtures: a fresh database per test on every backend, apps, clients and builders."""

from __future__ import annotations

from collections import Counter

import psycopg  # noqa: F401 (see below)
import pytest
from sqlalchemy.engine import URL

from tests.support import databases
from tests.support.databases import make_settings
from textsupport import config, create_app
from textsupport.db import make_engine

# psycopg is imported here, before any test freezes the clock: its C module checks the size of
# datetime.date as it loads, and under freezegun that is the fake's, so the first PostgreSQL test to
# run in a worker failed at import when it had frozen time (which test that is depends on how xdist
# shares the files out).


@pytest.fixture(scope="session", autouse=True)
def subprocess_spool(tmp_path_factory):
    """Processes a test starts (scheduler, dispatcher) read the environment: point their inbound spool
    at this run's own folder (each xdist worker's own), never the instance's that `make run` uses."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("INBOUND_SPOOL", str(tmp_path_factory.mktemp("spool") / "inbound.jsonl"))
        yield


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory):
    """A migrated SQLite file, made once per run."""
    return databases.make_sqlite_template(tmp_path_factory.mktemp("sqlite-template"))


@pytest.fixture(scope="session")
def postgres_database():
    """A migrated PostgreSQL database for this run, dropped at the end, plus an engine on it."""
    url: URL = databases.create_postgres_database("run")
    rendered = url.render_as_string(hide_password=False)
    databases.migrate(rendered)
    engine = make_engine(rendered)
    yield rendered, engine
    engine.dispose()
    databases.drop_postgres_database(url)


@pytest.fixture(params=databases.BACKENDS)
def database_url(request, tmp_path) -> str:
    """The URL of an empty, fully migrated database for this test, on each backend."""
    if request.param == "sqlite":
        return databases.copy_sqlite(request.getfixturevalue("sqlite_template"), tmp_path)
    url, engine = request.getfixturevalue("postgres_database")
    databases.truncate_postgres(engine)
    return url


@pytest.fixture
def settings_overrides() -> dict:
    """What a test module changes in the settings: override this fixture, never `settings`."""
    return {}


@pytest.fixture
def settings(request, database_url, settings_overrides, tmp_path) -> config.Settings:
    """The one settings fixture, typed: the test defaults, the module's overrides, then a test's own
    (parametrize("settings", [{...}], indirect=True)). The `app` is built from it; its inbound spool
    is the test's own."""
    own = {"INBOUND_SPOOL": str(tmp_path / "spool" / "inbound.jsonl")}
    raw = make_settings(database_url, **{**own, **settings_overrides, **getattr(request, "param", {})})
    return config.load(raw)


@pytest.fixture
def app(settings):
    """An app on this test's fresh database."""
    application = create_app(settings)
    yield application
    application.extensions["textsupport.db"].dispose()


@pytest.fixture
def session(app):
    """A session of the test's own on the test database.

    It holds no app context open: a request from the test client must get its own
    context, `g` and session, as it would in production.
    """
    with app.extensions["textsupport.db"].sessionmaker() as own:
        yield own


@pytest.fixture
def client(app):
    """A test client for the app."""
    return app.test_client()


# Per-backend counts, so CI output shows that PostgreSQL tests really ran. Each database test carries
# its backend in its reports' user_properties: under pytest-xdist the workers collect and run, and the
# controller, which prints the summary, sees only the reports.
_outcomes: dict[str, Counter] = {}


def pytest_collection_modifyitems(items) -> None:
    for item in items:
        params = getattr(item, "callspec", None)
        for name in ("database_url", "empty_engine"):
            if params is not None and name in params.params:
                item.user_properties.append(("backend", params.params[name]))


def pytest_runtest_logreport(report) -> None:
    backend = dict(report.user_properties).get("backend")
    if backend is None:
        return
    counts = _outcomes.setdefault(backend, Counter())
    if report.when == "call" or (report.when == "setup" and not report.passed):
        counts["skipped" if report.skipped else report.outcome] += 1


def pytest_terminal_summary(terminalreporter) -> None:
    if not _outcomes:
        return
    terminalreporter.section("database tests by backend")
    for backend in databases.BACKENDS:
        counts = _outcomes.get(backend, Counter())
        terminalreporter.write_line(
            f"{backend}: {counts['passed']} passed, {counts['failed']} failed, {counts['skipped']} skipped"
        )
    if not databases.TEST_DATABASE_URL:
        terminalreporter.write_line(
            "postgresql: not run (set TEST_DATABASE_URL to run every database test there too)"
        )
