"""Build the scheduler, run it, and stop cleanly on SIGTERM or Ctrl-C (see scheduler/signals.py)."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from apscheduler.schedulers.background import BackgroundScheduler
from flask import Flask

from scheduler import jobs, signals
from scheduler.leader import Leadership

log = logging.getLogger("scheduler")


def build(app: Flask) -> BackgroundScheduler:
    """Every job registered by textual reference; each runs at start, then on its interval."""
    jobs.bind(app, Leadership(app.extensions["textsupport.db"].engine))
    scheduler = BackgroundScheduler(timezone="UTC")
    start = datetime.now(UTC)  # APScheduler runs on the real clock, whatever TEXTSUPPORT_NOW says
    for spec in jobs.JOBS:
        scheduler.add_job(
            "scheduler.jobs:run",
            "interval",
            args=[spec.name],
            id=spec.name,
            seconds=spec.seconds,
            next_run_time=start,
            coalesce=True,  # after a pause, run once, not once per missed interval
            max_instances=1,
            misfire_grace_time=spec.grace,
        )
    return scheduler


def run(app: Flask) -> int:
    """Run until SIGTERM or SIGINT; returns the exit status."""
    signals.block()  # before the scheduler starts its threads
    scheduler = build(app)
    scheduler.start()
    log.info("scheduler started with jobs: %s", ", ".join(spec.name for spec in jobs.JOBS))
    received = signals.wait(lambda: scheduler.running)
    log.info("scheduler stopping on %s", received)
    scheduler.shutdown(wait=True)  # let a running job finish its transaction
    jobs.unbind()
    app.extensions["textsupport.db"].dispose()
    log.info("scheduler stopped")
    return 0
