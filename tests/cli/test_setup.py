"""The command line: init-db, create-user, demo, and configuration errors."""

import json
import os
import subprocess
import sys

import pytest
from sqlalchemy import func, select

from tests.support.databases import production_settings
from textsupport import config, create_app
from textsupport.config import PROJECT_ROOT
from textsupport.models import Allocation, Participant, QueueItem, Role, StaffUser
from textsupport.services.programme import supervision_reads
from textsupport.services.queue import reads as queue


def test_init_db_twice_is_harmless(app):
    first = app.test_cli_runner().invoke(args=["init-db"])
    second = app.test_cli_runner().invoke(args=["init-db"])
    assert first.exit_code == 0, first.output
    assert second.exit_code == 0, second.output
    assert json.loads(second.stdout)["schema"] == "up to date"


def test_create_user_reads_the_password_from_stdin(app, session):
    result = app.test_cli_runner().invoke(
        args=["create-user", "Sue@Example.org", "--role", "supervisor", "--password-stdin"],
        input="a long enough password\n",
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == {"id": 1, "email": "sue@example.org", "role": "supervisor"}
    user = session.scalar(select(StaffUser))
    assert user.role is Role.SUPERVISOR
    assert user.password_hash.startswith("$argon2id$")


def test_create_user_refuses_a_bad_role_clearly(app, session):
    result = app.test_cli_runner().invoke(
        args=["create-user", "sue@example.org", "--role", "boss", "--password-stdin"],
        input="a long enough password\n",
    )
    assert result.exit_code != 0
    assert "role must be one of" in result.stderr
    assert session.scalar(select(func.count()).select_from(StaffUser)) == 0


def test_demo_loads_once_and_prints_the_accounts(app, session):
    first = app.test_cli_runner().invoke(args=["demo"])
    second = app.test_cli_runner().invoke(args=["demo"])
    assert first.exit_code == 0, first.output
    report = json.loads(first.stdout)
    roles = {account["role"] for account in report["accounts"].values()}
    assert roles == {role.value for role in Role}
    assert set(report["participants"]) == {"PEER", "PEER_TEXT", "TEXT", "TAU"}
    assert report["replies"] == 3
    assert report["training"] == 8  # two peers, four required modules each, all current
    assert report["supervision"] == 3  # check-ins: Pat's last strained, with a request since; Sam's overdue
    assert report["fidelity"] == 4  # Pat's tagged calls and reply on the routine item
    overview = supervision_reads.overview(session, config.of(app))
    assert [entry.worker.display_name for entry in overview.overdue] == ["Sam Peer"]
    assert [entry.worker.display_name for entry in overview.requested] == ["Pat Peer"]
    flags = {entry.worker.display_name: entry.last.wellbeing.value for entry in overview.workers}
    assert flags == {"Pat Peer": "strained", "Sam Peer": "ok"}
    assert {item.pool.value for item in session.scalars(select(QueueItem))} == {"peer", "staff", "supervisor"}
    levels = {item.level.value for item in session.scalars(select(QueueItem))}
    assert levels == {"crisis", "urgent", "routine"}
    peer = session.scalar(select(StaffUser).where(StaffUser.email == "peer@demo.textsupport.local"))
    supervisor = session.scalar(
        select(StaffUser).where(StaffUser.email == "supervisor@demo.textsupport.local")
    )
    assert {row.item.level.value for row in queue.open_items(session, peer)} == {"crisis", "routine"}
    assert len(queue.open_items(session, supervisor)) == 3
    assert json.loads(second.stdout)["created"] == []
    assert json.loads(second.stdout)["participants"] == {}  # loaded once
    assert json.loads(second.stdout)["training"] == 0
    assert json.loads(second.stdout)["supervision"] == 0
    assert json.loads(second.stdout)["fidelity"] == 0
    assert "password:" in second.stderr  # still shown on later runs
    assert session.scalar(select(func.count()).select_from(StaffUser)) == len(report["accounts"])


def test_demo_is_refused_in_production_and_creates_no_account(database_url):
    app = create_app(production_settings(database_url))
    try:
        result = app.test_cli_runner().invoke(args=["demo"])
        assert result.exit_code != 0 and "demo data is refused in production" in result.output
        with app.extensions["textsupport.db"].sessionmaker() as own:
            assert own.scalar(select(func.count()).select_from(StaffUser)) == 0
    finally:
        app.extensions["textsupport.db"].dispose()


@pytest.mark.parametrize("settings", [{"SITES": ""}, {"SITES": "Edmonton,Calgary"}], indirect=True)
def test_demo_enrols_at_open_sites_with_or_without_sites_set(app, session):
    result = app.test_cli_runner().invoke(args=["demo"])
    assert result.exit_code == 0, result.output
    assert set(json.loads(result.stdout)["participants"]) == {"PEER", "PEER_TEXT", "TEXT", "TAU"}
    expected = {"Edmonton", "Calgary"} if config.of(app).sites else {"north", "south"}
    assert set(session.scalars(select(Participant.site))) == expected


def test_bad_configuration_is_one_line_not_a_traceback(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TWILIO_", "SECRET_KEY", "DATABASE_URL"))}
    env.update(TEXTSUPPORT_ENV="production", DATABASE_URL=f"sqlite:///{tmp_path}/x.db")
    result = subprocess.run(
        [sys.executable, "-m", "flask", "--app", "wsgi", "init-db"],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert (
        result.stderr.strip()
        == "textsupport: configuration error: SECRET_KEY is required when TEXTSUPPORT_ENV=production"
    )


def test_triage_prints_the_contract_verdict_for_one_text(app):
    result = app.test_cli_runner().invoke(args=["triage", "i want to kill myself"])
    assert result.exit_code == 0, result.output
    verdict = json.loads(result.stdout)
    assert set(verdict) == {"level", "keyword", "reasons"}
    assert (verdict["level"], verdict["keyword"]) == ("crisis", None) and verdict["reasons"]


def test_triage_dash_reads_one_message_per_line_from_stdin(app):
    result = app.test_cli_runner().invoke(
        args=["triage", "-"], input="STOP\nthis heat is killing me\nplease stop texting me\n"
    )
    assert result.exit_code == 0, result.output
    verdicts = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(v["level"], v["keyword"]) for v in verdicts] == [
        ("routine", "STOP"),
        ("routine", None),
        ("routine", None),
    ]
    assert "asked in words to stop texts" in verdicts[2]["reasons"]


def test_demo_training_loads_practice_sets_through_the_webhook_service(app, session):
    result = app.test_cli_runner().invoke(args=["demo", "--training"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    peers = {"peer@demo.textsupport.local", "peer2@demo.textsupport.local"}
    assert report["practice"] == dict.fromkeys(peers, 5)
    assert "Practice sets loaded" in result.stderr
    pat = session.scalar(select(StaffUser).where(StaffUser.email == "peer@demo.textsupport.local"))
    practice = session.scalars(select(Participant).where(Participant.training)).all()
    assert len(practice) == 10 and all(p.site == "practice" for p in practice)
    assert session.scalar(select(func.count()).select_from(Allocation).where(
        Allocation.participant_id.in_([p.id for p in practice]))) == 0  # fmt: skip
    rows = queue.open_items(session, pat, "practice")
    # Triage ran on each text: the crisis (supervisors' pool, shown to Pat), HELP and the slow burn
    # urgent, the opt-out in words and the chat routine.
    levels = sorted(row.item.level.value for row in rows)
    assert levels == ["crisis", "routine", "routine", "routine", "routine", "urgent", "urgent", "urgent"]
    assert {row.first_name for row in rows} == {"Robin", "Sasha", "Jordan", "Riley", "Charlie"}
    assert all(row.item.assignee_id == pat.id for row in rows)
    crisis = next(row for row in rows if row.item.level.value == "crisis")
    assert crisis.item.pool.value == "supervisor"
    assert len(queue.open_items(session, pat, "mine")) == 2  # the demo's real items, as before
    again = app.test_cli_runner().invoke(args=["demo", "--training"])
    assert json.loads(again.stdout)["practice"] == {}  # loaded once per worker
    assert "every peer worker has one already" in again.stderr
