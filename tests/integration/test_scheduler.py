"""The scheduler: real jobs by textual reference, a standby on PostgreSQL, clean stop on SIGTERM."""

import logging
import os
import signal
import subprocess
import sys
import threading
import time
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from scheduler import dispatcher, jobs, runner
from scheduler.leader import Leadership
from tests.support.builders import make_active
from textsupport.config import PROJECT_ROOT
from textsupport.models import Arm, Heartbeat, OutboundMessage


def test_every_job_is_registered_by_textual_reference(app):
    scheduler = runner.build(app)
    registered = {job.id: job for job in scheduler.get_jobs()}
    expected = {
        "heartbeat",
        "plan",
        "escalate",
        "replay_spool",
        "backstop",
        "prune_refusals",
        "check_filtering",
    }
    assert set(registered) == {spec.name for spec in jobs.JOBS} == expected
    for spec in jobs.JOBS:
        job = registered[spec.name]
        assert job.func_ref == "scheduler.jobs:run" and job.args == (spec.name,)
        assert job.coalesce and job.max_instances == 1
        assert job.misfire_grace_time == spec.grace


def test_heartbeat_job_records_the_scheduler(app, session):
    assert jobs.run_job(app, jobs.JOBS[0]) == {"heartbeat": "scheduler"}
    beat = session.scalar(select(Heartbeat))
    assert (beat.name, beat.pid) == ("scheduler", os.getpid())


def test_the_plan_job_plans_and_a_dispatcher_round_sends_todays_text(app, session):
    participant = make_active(session, Arm.TEXT, date(2026, 3, 1))
    app.config["TEXTSUPPORT_NOW"] = datetime(2026, 3, 9, 16, 30, tzinfo=UTC)  # Mon 10:30 MDT
    assert jobs.run_job(app, jobs.JOBS[1])["by_kind"] == {"daily": 1}
    stop = threading.Event()
    rounds = threading.Thread(target=dispatcher.loop, args=(app, stop))
    rounds.start()
    wait_for(lambda: app.extensions["textsupport.sms"].sent, 30, "the text")
    stop.set()
    rounds.join(timeout=10)
    assert not rounds.is_alive()
    session.rollback()
    row = session.scalar(select(OutboundMessage).where(OutboundMessage.participant_id == participant.id))
    assert (row.local_date, row.status.value) == (date(2026, 3, 9), "sent")


def test_a_failing_job_is_logged_and_does_not_stop_the_scheduler(app, caplog):
    def broken() -> dict:
        raise RuntimeError("boom")

    with caplog.at_level(logging.ERROR, logger="scheduler.jobs"):
        assert jobs.run_job(app, jobs.JobSpec("broken", broken, 60, 60)) is None
    assert "job broken failed" in caplog.text


def start_scheduler(database_url: str) -> subprocess.Popen:
    env = dict(os.environ, DATABASE_URL=database_url, TEXTSUPPORT_ENV="test", SMS_BACKEND="console")
    return subprocess.Popen(
        [sys.executable, "-m", "scheduler"], cwd=PROJECT_ROOT, env=env, stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip


def wait_for(predicate, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not predicate():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.2)


def test_python_m_scheduler_runs_then_stops_on_sigterm(database_url, session):
    process = start_scheduler(database_url)
    signalled = False
    try:  # a loaded machine (load 25 on 2 cores) took over 30 s to start it and beat once
        wait_for(
            lambda: session.rollback() or session.scalar(select(Heartbeat)) is not None, 90, "a heartbeat"
        )
        process.send_signal(signal.SIGTERM)
        signalled = True
        output, _ = process.communicate(timeout=20)
    finally:
        if process.poll() is None:
            process.kill()
            output, _ = process.communicate()
            if signalled:
                pytest.fail(f"the scheduler did not stop on SIGTERM:\n{output}")
    assert process.returncode == 0, output
    assert "scheduler started with jobs: heartbeat, plan, escalate" in output
    assert "scheduler stopping on SIGTERM" in output
    assert "scheduler stopped" in output
    assert "Traceback" not in output


def test_one_leader_on_postgres_and_a_standby_takes_over_within_30_seconds(app, database_url):
    engine = app.extensions["textsupport.db"].engine
    if engine.dialect.name == "sqlite":
        # No advisory locks: every scheduler leads, and uniqueness alone prevents duplicates.
        assert Leadership(engine).check() and Leadership(engine).check()
        return
    first = Leadership(engine)
    assert first.check()
    standby = start_scheduler(database_url)
    try:
        lines: list[str] = []
        threading.Thread(target=lambda: lines.extend(standby.stdout), daemon=True).start()
        time.sleep(3)
        assert not any("now the leader" in line for line in lines)  # standing by
        first.release()  # the leader dies: its connection closes and the lock is free
        wait_for(
            lambda: any("scheduler is now the leader" in line for line in lines), 30, "the standby to lead"
        )
    finally:
        standby.send_signal(signal.SIGTERM)
        standby.communicate(timeout=20)


class StandingBy:
    def check(self) -> bool:
        return False

    def release(self) -> None:
        pass


def test_a_standby_replays_its_own_hosts_spool_and_runs_nothing_else(app):
    jobs.bind(app, StandingBy())
    try:
        assert jobs.run("replay_spool") == {
            "replayed": 0,
            "waiting": 0,
            "statuses_replayed": 0,
            "statuses_waiting": 0,
        }
        assert jobs.run("plan") is None and jobs.run("backstop") is None
    finally:
        jobs.unbind()
