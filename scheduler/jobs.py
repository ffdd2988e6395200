"""Module-level, idempotent, quiet jobs. Each calls one service and logs a summary dict.

Jobs are registered by textual reference ('scheduler.jobs:run'), so APScheduler never pickles
app objects; `bind` hands this module the app and the leadership once per process.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass

from flask import Flask

from textsupport import clock, config, content, db, sms, spool
from textsupport.services.ops import health
from textsupport.services.queue import sla
from textsupport.services.replies import late
from textsupport.services.sending import delivery, pause, planner
from textsupport.services.staff import refusals

log = logging.getLogger("scheduler.jobs")


def heartbeat() -> dict:
    """Record that the scheduler is alive; /healthz reports it."""
    health.beat(db.session(), health.SCHEDULER)
    return {"heartbeat": health.SCHEDULER}


def plan_texts() -> dict:
    """Plan every text due on each participant's local date (safe to repeat)."""
    return planner.plan(db.session(), clock.now(), config.current())


def escalate_items() -> dict:
    """Escalate overdue queue items to the supervisors; page on-call for overdue crises (a link only)."""
    return sla.escalate(db.session(), clock.now(), config.current(), content.content())


def replay_spool() -> dict:
    """Store what the webhooks spooled while the database was down: replies (exactly once by MessageSid),
    then status callbacks (exactly once by their line's key, never moving a text backwards)."""
    settings = config.current()
    replies = late.replay_spool(db.database(), settings, content.content())
    return replies | delivery.replay_spool(db.database(), spool.status_path(settings.inbound_spool))


def backstop_replies() -> dict:
    """Store any reply Twilio received for our numbers that never reached the webhook."""
    return late.backstop(db.database(), config.current(), content.content(), sms.gateway(), clock.now())


def check_filtering() -> dict:
    """Pause daily texts (and alert on-call once) when carriers filter too many of today's sends."""
    return pause.check(db.session(), clock.now(), config.current(), content.content())


def prune_refusals() -> dict:
    """Delete the per-minute counts of refused requests older than REFUSAL_COUNTS_KEEP_DAYS."""
    keep_days = config.current().refusal_counts_keep_days
    return {"refusal_counts_deleted": refusals.prune(db.session(), clock.now(), keep_days)}


@dataclass(frozen=True)
class JobSpec:
    """A job, how often it runs, and how late a run may still start."""

    name: str
    func: Callable[[], dict]
    seconds: int
    grace: int  # misfire_grace_time: a run later than this is skipped (coalesce keeps one)
    every_host: bool = False  # runs on standbys too: it works on this host's files (the spool)


JOBS = (
    JobSpec("heartbeat", heartbeat, health.BEAT_SECONDS, health.BEAT_SECONDS),
    JobSpec("plan", plan_texts, 300, 240),
    JobSpec("escalate", escalate_items, 60, 60),
    JobSpec("replay_spool", replay_spool, 10, 10, every_host=True),
    JobSpec("backstop", backstop_replies, 120, 120),
    JobSpec("prune_refusals", prune_refusals, 3600, 3600),
    JobSpec("check_filtering", check_filtering, 60, 60),
)
# Jobs that log only when they did something.
QUIET = {"replay_spool", "backstop", "prune_refusals", "check_filtering"}
_bound: dict = {}


def bind(app: Flask, leadership) -> None:
    """Give the jobs of this process their app and leadership."""
    _bound.update(app=app, leadership=leadership)


def unbind() -> None:
    """Give up leadership at shutdown (a standby takes over at once)."""
    leadership = _bound.pop("leadership", None)
    if leadership is not None:
        leadership.release()


def run(name: str) -> dict | None:
    """The entry point APScheduler calls: run job `name` if this process leads."""
    spec = next(spec for spec in JOBS if spec.name == name)
    leadership = _bound.get("leadership")
    if leadership is not None and not leadership.check() and not spec.every_host:
        return None  # standing by
    return run_job(_bound["app"], spec)


def run_job(app: Flask, spec: JobSpec) -> dict | None:
    """Run one job in its own app context and session; log its summary, never crash the loop."""
    with app.app_context():
        try:
            summary = spec.func()
        except Exception:
            log.exception("job %s failed", spec.name)
            return None
    if spec.name not in QUIET or any(summary.values()):  # an idle replay stays quiet
        log.info("job %s %s", spec.name, json.dumps(summary, default=str))
    return summary
