"""Long command-line work tells its progress on stderr; the JSON report stays the last line on stdout."""

import json
from datetime import UTC, date, datetime

import pytest

from tests.support.builders import make_active
from textsupport import progress
from textsupport.models import Arm

AT = datetime(2026, 3, 3, 17, 0, tzinfo=UTC)  # 10:00 in Edmonton: the daily texts are due


def cli(app, *args):
    return app.test_cli_runner().invoke(args=list(args))


def last_json(result) -> dict:
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.fixture
def slow(monkeypatch):
    """As if every piece of work had already taken longer than a moment."""
    monkeypatch.setattr(progress, "AFTER", -1.0)


@pytest.fixture
def quick(monkeypatch):
    """As if every piece of work ended within its moment, however loaded the machine running the tests."""
    monkeypatch.setattr(progress, "AFTER", 3600.0)


@pytest.fixture
def two_texting(app, session):
    app.config["TEXTSUPPORT_NOW"] = AT
    for _ in range(2):
        make_active(session, Arm.TEXT, date(2026, 3, 1))
    session.commit()


def test_plan_and_dispatch_tell_how_far_they_have_got(app, two_texting, slow):
    planned = cli(app, "plan", "--at", AT.isoformat())
    report = last_json(planned)
    assert report["planned"] >= 2
    assert f"plan: 1 of 1 time zones, {report['planned']:,} new texts so far" in planned.stderr
    sent = cli(app, "dispatch", "--at", AT.isoformat())
    assert last_json(sent)["sent"] == report["planned"]
    assert f"dispatch: {report['planned']:,} texts handed to the gateway" in sent.stderr
    assert "{" not in planned.stderr + sent.stderr  # the report is never mixed into the progress


def test_quick_work_says_nothing(app, two_texting, quick):
    planned = cli(app, "plan", "--at", AT.isoformat())
    sent = cli(app, "dispatch", "--at", AT.isoformat())
    assert last_json(planned)["planned"] >= 2 and last_json(sent)["sent"] >= 2
    assert planned.stderr == "" and sent.stderr == ""


def test_allocations_import_tells_rows_read_then_done(app, session, tmp_path, slow):
    table = tmp_path / "table.csv"
    table.write_text("site,sex,arm\n" + "north,F,TEXT\nnorth,F,TAU\n" * 3, encoding="utf-8")
    result = cli(app, "allocations", "import", str(table))
    assert last_json(result)["strata"] == 1
    lines = result.stderr.splitlines()
    assert lines == [
        "allocations import: 6 rows read and checked, saving",
        "allocations import: 6 rows, done",
    ]
