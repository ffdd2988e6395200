"""The arrows that must never exist (docs/architecture.md), checked by reading every module's imports.

- a view runs no query: web modules import no SQLAlchemy and call no execute/scalar(s)/query;
- a pure module imports no database, Flask or network code;
- a model knows no service (nor any web or scheduler code);
- the gateway knows no model;
- a service imports no Flask: it receives the settings as an argument.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "textsupport"

DATABASE = ("sqlalchemy", "psycopg", "sqlite3", "alembic", "textsupport.db", "textsupport.models")
FLASK = ("flask", "flask_login", "flask_wtf", "flask_limiter", "werkzeug", "jinja2")
NETWORK = ("requests", "twilio", "urllib", "http", "socket", "aiohttp", "smtplib")
SERVICES = ("textsupport.services", "textsupport.web", "scheduler", "textsupport.cli")
QUERY_CALLS = {"execute", "scalar", "scalars", "query", "get_bind"}

PURE = [
    *sorted((PACKAGE / "triage").rglob("*.py")),
    *sorted((PACKAGE / "charts").rglob("*.py")),
    PACKAGE / "randomization.py",
    PACKAGE / "eligibility.py",
    PACKAGE / "phones.py",
    PACKAGE / "study_ids.py",
    PACKAGE / "csv_safety.py",
    PACKAGE / "training.py",
]


def imports(source: str) -> set[str]:
    """Every module a source file imports, as dotted names (relative imports resolved loosely)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def breaches(source: str, forbidden: tuple[str, ...]) -> list[str]:
    """The imports of `source` that are, or live under, a forbidden module."""
    return sorted(
        name for name in imports(source) if any(name == f or name.startswith(f + ".") for f in forbidden)
    )


def query_calls(source: str) -> list[str]:
    """Calls that run SQL directly: session.execute(...), .scalar(...), .scalars(...), .query(...)."""
    return sorted(
        f"line {node.lineno}: .{node.func.attr}()"
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in QUERY_CALLS
    )


def _name(path: Path) -> str:
    return str(path.relative_to(ROOT))


@pytest.mark.parametrize("path", PURE, ids=_name)
def test_a_pure_module_imports_no_database_flask_or_network_code(path):
    assert breaches(path.read_text(), DATABASE + FLASK + NETWORK + SERVICES) == []


@pytest.mark.parametrize("path", sorted((PACKAGE / "services").rglob("*.py")), ids=_name)
def test_a_service_reads_no_flask_app(path):
    """Services are handed the typed Settings (and the session); none reaches for `current_app`.

    Jinja2 alone is allowed: it renders the message bank, which is no app state.
    """
    assert breaches(path.read_text(), tuple(name for name in FLASK if name != "jinja2")) == []


@pytest.mark.parametrize("path", sorted((PACKAGE / "models").rglob("*.py")), ids=_name)
def test_a_model_knows_no_service(path):
    assert breaches(path.read_text(), SERVICES) == []


def test_the_gateway_knows_no_model():
    assert breaches((PACKAGE / "sms.py").read_text(), DATABASE + SERVICES) == []


@pytest.mark.parametrize("path", sorted((PACKAGE / "web").rglob("*.py")), ids=_name)
def test_a_view_runs_no_query(path):
    source = path.read_text()
    assert breaches(source, ("sqlalchemy", "psycopg", "sqlite3")) == []
    assert query_calls(source) == []


@pytest.mark.parametrize(
    ("source", "forbidden", "expected"),
    [
        ("from textsupport import db\n", DATABASE, ["textsupport.db"]),
        ("import flask\n", FLASK, ["flask"]),
        ("from sqlalchemy.orm import Session\n", DATABASE, ["sqlalchemy.orm", "sqlalchemy.orm.Session"]),
        (
            "from textsupport.services import queue\n",
            SERVICES,
            ["textsupport.services", "textsupport.services.queue"],
        ),
        ("import requests.adapters\n", NETWORK, ["requests.adapters"]),
        ("from textsupport.triage import classify\n", DATABASE, []),
        ("import flaskish\n", FLASK, []),  # a prefix of a name is not that module
    ],
)
def test_the_checker_catches_a_planted_import(source, forbidden, expected):
    assert breaches(source, forbidden) == expected


def test_the_checker_catches_a_planted_query():
    assert query_calls("rows = db.session().execute(select(X))\n") == ["line 1: .execute()"]
