"""scripts/restore_drill.sh: dump, restore into a scratch database, compare row counts per table."""

import os
import re
import subprocess
import time
from pathlib import Path

import pytest
from freezegun import freeze_time
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session

from tests.support import databases
from tests.support.builders import make_outbound, make_participant, make_staff
from tests.support.queue_builders import make_item
from textsupport.config import PROJECT_ROOT
from textsupport.db import make_engine
from textsupport.models import Level
from textsupport.services.ops import health

pytestmark = pytest.mark.skipif(
    not databases.TEST_DATABASE_URL, reason="needs TEST_DATABASE_URL (PostgreSQL)"
)
DRILL = PROJECT_ROOT / "scripts" / "restore_drill.sh"
SEEDED = {"participants": 3, "outbound_messages": 3, "inbound_messages": 2, "queue_items": 2, "heartbeats": 2}


@pytest.fixture(scope="module")
def seeded():
    """A migrated database of its own with rows in several tables, the append-only ones included."""
    url = databases.create_postgres_database("drill")
    rendered = url.render_as_string(hide_password=False)
    databases.migrate(rendered)
    engine = make_engine(rendered)
    with Session(engine) as session:
        make_staff(session)
        people = [make_participant(session) for _ in range(3)]
        for person in people:
            make_outbound(session, person)
        make_item(session, people[0], level=Level.CRISIS)  # its queue_events row is append-only
        make_item(session, people[1])
        with freeze_time("2026-11-23T19:00:00Z"):
            health.beat(session, health.SCHEDULER)
            health.beat(session, health.DISPATCHER)
    engine.dispose()
    yield rendered
    databases.drop_postgres_database(url)


def drill(url: str, path_first: Path | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "DATABASE_URL": url}
    if path_first is not None:
        env["PATH"] = f"{path_first}:{env['PATH']}"
    return subprocess.run(["bash", str(DRILL)], env=env, capture_output=True, text=True, timeout=120)


def rows(stdout: str) -> dict[str, tuple[str, str, str]]:
    """The printed table: {table: (source, restored, result)}."""
    found = {}
    for line in stdout.splitlines():
        match = re.fullmatch(r"public\.(\w+)\s+(\S+)\s+(\S+)\s+(ok|DIFFERENT)", line)
        if match:
            found[match[1]] = match.groups()[1:]
    return found


def scratch_databases() -> list[str]:
    admin = create_engine(databases.TEST_DATABASE_URL)
    try:
        with admin.connect() as conn:
            query = "SELECT datname FROM pg_database WHERE datname LIKE 'restore_drill_%'"
            return list(conn.scalars(text(query)))
    finally:
        admin.dispose()


def wrapper(directory: Path, tool: str, then: str) -> Path:
    """A `tool` on PATH that runs the real one, then runs `then` (a shell line; $db is its --dbname)."""
    directory.mkdir()
    script = directory / tool
    script.write_text(
        "#!/bin/sh\n"
        f'/usr/bin/{tool} "$@" || exit $?\n'
        'for a in "$@"; do case "$a" in --dbname=*) db="${a#--dbname=}";; esac; done\n'
        f"{then}\n"
    )
    script.chmod(0o755)
    return directory


def test_a_faithful_restore_passes_with_every_table_counted(seeded):
    before = scratch_databases()
    started = time.monotonic()
    done = drill(seeded)
    took = time.monotonic() - started
    assert done.returncode == 0, done.stdout + done.stderr
    counted = rows(done.stdout)
    for table, count in SEEDED.items():
        assert counted[table] == (str(count), str(count), "ok")
    assert counted["queue_events"] == ("2", "2", "ok") and counted["staff_users"] == ("1", "1", "ok")
    assert counted["alembic_version"] == ("1", "1", "ok")
    assert len(counted) >= 20 and all(result == "ok" for *_, result in counted.values())
    assert f"passed: {len(counted)} tables" in done.stdout
    assert scratch_databases() == before  # the scratch database is dropped
    assert took < 60


def test_a_row_lost_in_the_restore_fails_the_drill_and_still_drops_the_scratch_database(seeded, tmp_path):
    before = scratch_databases()
    lossy = wrapper(
        tmp_path / "bin",
        "pg_restore",
        """psql -X -q -d "$db" -c "DELETE FROM heartbeats WHERE name = 'dispatcher'" """,
    )
    done = drill(seeded, lossy)
    assert done.returncode == 1, done.stdout + done.stderr
    assert rows(done.stdout)["heartbeats"] == ("2", "1", "DIFFERENT")
    assert rows(done.stdout)["participants"] == ("3", "3", "ok")
    assert "FAILED: 1 of" in done.stdout
    assert scratch_databases() == before


def test_writes_to_the_source_during_the_drill_are_not_differences(seeded, tmp_path):
    """The source is counted in the snapshot pg_dump dumped, not after it."""
    busy = wrapper(
        tmp_path / "bin",
        "pg_dump",
        "psql -X -q -d \"$db\" -c \"INSERT INTO heartbeats VALUES ('late', now(), 'h', 1)\"",
    )
    try:
        done = drill(seeded, busy)
        assert done.returncode == 0, done.stdout + done.stderr
        assert rows(done.stdout)["heartbeats"] == ("2", "2", "ok")
    finally:
        engine = create_engine(seeded)
        with engine.begin() as conn:
            conn.execute(text("DELETE FROM heartbeats WHERE name = 'late'"))
        engine.dispose()


def test_a_tool_that_fails_is_exit_2_and_leaves_no_scratch_database(seeded, tmp_path):
    before = scratch_databases()
    broken = wrapper(tmp_path / "bin", "pg_restore", "exit 1")
    done = drill(seeded, broken)
    assert done.returncode == 2, done.stdout + done.stderr
    assert "passed" not in done.stdout
    assert scratch_databases() == before


def test_without_a_url_it_says_how_to_call_it():
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    done = subprocess.run(["bash", str(DRILL)], env=env, capture_output=True, text=True, timeout=30)
    assert done.returncode == 2 and "usage" in done.stderr
