"""Build the BlockingScheduler, run it, and stop cleanly on SIGTERM or Ctrl-C."""

from __future__ import annotations

import logging
import signal

from apscheduler.schedulers.blocking import BlockingScheduler
from flask import Flask

from scheduler.jobs import JOBS, JobSpec, run_job
from textsupport import clock

log = logging.getLogger("scheduler")


def build(app: Flask, jobs: tuple[JobSpec, ...] = JOBS) -> BlockingScheduler:
    """A scheduler with every job registered; each runs once at start, then on its interval."""
    scheduler = BlockingScheduler(timezone="UTC")
    with app.app_context():
        start = clock.now()
    for spec in jobs:
        scheduler.add_job(
            run_job,
            "interval",
            args=(app, spec),
            id=spec.name,
            seconds=spec.seconds,
            next_run_time=start,
            coalesce=True,  # after a pause, run once, not once per missed interval
            max_instances=1,
            misfire_grace_time=spec.seconds,
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
    app.extensions["textsupport.db"].dispose()
    log.info("scheduler stopped")
    return 0
