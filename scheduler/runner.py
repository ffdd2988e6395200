"""Build the BlockingScheduler, run it, and stop cleanly on SIGTERM or Ctrl-C."""

from __future__ import annotations

import logging
import signal
from datetime import UTC, datetime

from apscheduler.schedulers.blocking import BlockingScheduler
from flask import Flask

from scheduler import jobs
from scheduler.leader import Leadership

log = logging.getLogger("scheduler")


def build(app: Flask) -> BlockingScheduler:
    """Every job registered by textual reference; each runs at start, then on its interval."""
    jobs.bind(app, Leadership(app.extensions["textsupport.db"].engine))
    scheduler = BlockingScheduler(timezone="UTC")
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
    scheduler = build(app)

    def stop(signum, _frame) -> None:
        if scheduler.running:  # a second signal (Ctrl-C then SIGTERM) changes nothing
            log.info("scheduler stopping on %s", signal.Signals(signum).name)
            scheduler.shutdown(wait=False)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    log.info("scheduler started with jobs: %s", ", ".join(job.id for job in scheduler.get_jobs()))
    scheduler.start()
    jobs.unbind()
    app.extensions["textsupport.db"].dispose()
    log.info("scheduler stopped")
    return 0
