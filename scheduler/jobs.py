"""Module-level, idempotent, quiet jobs. Each calls one service and logs a summary dict."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass

from flask import Flask

from textsupport import db
from textsupport.services import health

log = logging.getLogger("scheduler.jobs")


def heartbeat() -> dict:
    """Record that the scheduler is alive; /healthz reports it."""
    health.beat(db.session(), health.SCHEDULER)
    return {"heartbeat": health.SCHEDULER}


@dataclass(frozen=True)
class JobSpec:
    """A job and how often it runs."""

    name: str
    func: Callable[[], dict]
    seconds: int


JOBS = (JobSpec("heartbeat", heartbeat, 60),)


def run_job(app: Flask, spec: JobSpec) -> dict | None:
    """Run one job in its own app context and session; log its summary, never crash the loop."""
    with app.app_context():
        try:
            summary = spec.func()
        except Exception:
            log.exception("job %s failed", spec.name)
            return None
    log.info("job %s %s", spec.name, json.dumps(summary, default=str))
    return summary
