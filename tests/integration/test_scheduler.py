"""The scheduler: jobs are real code paths, and the process stops cleanly on SIGTERM."""

import logging
import os
import signal
import subprocess
import sys
import time

import pytest
from sqlalchemy import select

from scheduler import jobs, runner
from textsupport.config import PROJECT_ROOT
from textsupport.models import Heartbeat


def test_every_job_is_registered_and_due_at_start(app):
    scheduler = runner.build(app)
    registered = {job.id: job for job in scheduler.get_jobs()}
    assert set(registered) == {spec.name for spec in jobs.JOBS}
    for job in registered.values():
        assert job.coalesce and job.max_instances == 1


def test_heartbeat_job_records_the_scheduler(app, session):
    summary = jobs.run_job(app, jobs.JOBS[0])
    assert summary == {"heartbeat": "scheduler"}
    beat = session.scalar(select(Heartbeat))
    assert beat.name == "scheduler"
    assert beat.pid == os.getpid()


def test_a_failing_job_is_logged_and_does_not_stop_the_scheduler(app, caplog):
    def broken() -> dict:
        raise RuntimeError("boom")

    with caplog.at_level(logging.ERROR, logger="scheduler.jobs"):
        assert jobs.run_job(app, jobs.JobSpec("broken", broken, 60)) is None
    assert "job broken failed" in caplog.text


def test_python_m_scheduler_runs_then_stops_on_sigterm(database_url, session):
    env = dict(os.environ, DATABASE_URL=database_url, TEXTSUPPORT_ENV="test", SMS_BACKEND="console")
    process = subprocess.Popen(
        [sys.executable, "-m", "scheduler"],
        cwd=PROJECT_ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        deadline = time.monotonic() + 30
        while session.scalar(select(Heartbeat)) is None:
            assert process.poll() is None, process.stdout.read()
            assert time.monotonic() < deadline, "the scheduler never beat"
            time.sleep(0.2)
            session.rollback()
        process.send_signal(signal.SIGTERM)
        output, _ = process.communicate(timeout=20)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
            pytest.fail("the scheduler did not stop on SIGTERM")
    assert process.returncode == 0, output
    assert "scheduler started with jobs: heartbeat" in output
    assert "scheduler stopping on SIGTERM" in output
    assert "scheduler stopped" in output
    assert "Traceback" not in output
