"""Liveness and the figures an ops person alerts on: heartbeats, the outbox, crises, the spool, a pause.

The report holds counts, ages and times only: never a body, a phone or a name (/healthz is public).
docs/operations.md says what to alert on and at what value.
"""

from __future__ import annotations

import logging
import os
import socket
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from textsupport import clock, db, spool
from textsupport.models import Heartbeat, Level, OutboundMessage, OutboundStatus, QueueItem
from textsupport.services.queue import reads as queue
from textsupport.services.sending import pause

log = logging.getLogger(__name__)

SCHEDULER = "scheduler"
DISPATCHER = "dispatcher"  # one row shared by every dispatcher process: the latest beat of any
BEAT_SECONDS = 30  # the leading scheduler beats this often (scheduler/jobs.py)
STALE_AFTER = timedelta(seconds=2 * BEAT_SECONDS)  # two beats missed: the scheduler is 'stale'


def check(session: Session, spool_path: str | Path) -> tuple[bool, dict]:
    """(healthy, report). Unhealthy only when the database cannot be reached; the spool is reported
    either way (it grows exactly when the database is down)."""
    now = clock.now()
    try:
        session.execute(text("SELECT 1"))
        beats = {name: at for name, at in session.execute(select(Heartbeat.name, Heartbeat.beat_at))}
        outbox = _outbox(session, now)
        crisis = _crisis(session, now)
        paused = pause.holding(session)
    except SQLAlchemyError as error:
        log.warning("health check: database unreachable (%s)", type(error).__name__)
        return False, {"status": "error", "database": "unreachable", "spool": _spool(spool_path, now)}
    finally:
        session.rollback()
    scheduler = beats.get(SCHEDULER)
    if scheduler is None:
        state = "not started"
    else:
        state = "ok" if now - scheduler < STALE_AFTER else "stale"
    return True, {
        "status": "ok",
        "database": "ok",
        "scheduler": state,
        "heartbeat_age_seconds": {name: _age(now, beats.get(name)) for name in (SCHEDULER, DISPATCHER)},
        "outbox": outbox,
        "crisis": crisis,
        "spool": _spool(spool_path, now),
        # daily texts held back after carrier filtering (an admin resumes them): the backlog grows
        "daily_texts_paused": None if paused is None else _paused(paused, now),
    }


def _paused(paused: pause.Paused, now: datetime) -> dict:
    return {
        "since": paused.since.isoformat(),
        "age_seconds": _age(now, paused.since),
        "sends": paused.sends,
        "filtered": paused.filtered,
    }


def _outbox(session: Session, now: datetime) -> dict:
    """Texts due and not yet claimed (the backlog), the oldest due time, and rows in flight."""
    due, oldest = session.execute(
        select(func.count(), func.min(OutboundMessage.scheduled_for)).where(
            OutboundMessage.status == OutboundStatus.PLANNED, OutboundMessage.scheduled_for <= now
        )
    ).one()
    in_flight = {
        status: count
        for status, count in session.execute(
            select(OutboundMessage.status, func.count())
            .where(OutboundMessage.status.in_((OutboundStatus.SENDING, OutboundStatus.UNKNOWN)))
            .group_by(OutboundMessage.status)
        )
    }
    return {
        "due": due,
        "oldest_due_at": oldest.isoformat() if oldest else None,
        "oldest_due_age_seconds": _age(now, oldest),
        "sending": in_flight.get(OutboundStatus.SENDING, 0),
        "unknown": in_flight.get(OutboundStatus.UNKNOWN, 0),
    }


def _crisis(session: Session, now: datetime) -> dict:
    """Crisis items nobody has answered yet (a reply or a contact), how many are past their SLA, and
    how long the oldest has waited since it opened."""
    count, overdue, oldest = session.execute(
        select(
            func.count(),
            func.count().filter(QueueItem.due_at <= now),
            func.min(QueueItem.created_at),
        ).where(QueueItem.level == Level.CRISIS, QueueItem.state.in_(queue.UNRESOLVED), ~queue.ANSWERED)
    ).one()
    return {"unanswered": count, "overdue": overdue, "oldest_unanswered_age_seconds": _age(now, oldest)}


def _spool(path: str | Path, now: datetime) -> dict:
    """This host's two spools waiting for the database: replies (`INBOUND_SPOOL`) and status callbacks
    (its sibling `.status` file), each with its readable lines, its size and the oldest's age, and the
    totals of both at the top (what to alert on)."""
    try:
        found = {"replies": spool.stats(path), "statuses": spool.stats(spool.status_path(path))}
        aside = _set_aside(path, now)
    except OSError as error:
        log.error("health check: the spool cannot be read (%s)", type(error).__name__)
        return {"lines": None, "bytes": None, "oldest_age_seconds": None, "error": "unreadable"}
    each = {name: _spool_figures(stats, now) for name, stats in found.items()}
    oldest = min((s.oldest_received_at for s in found.values() if s.oldest_received_at), default=None)
    return {
        "lines": sum(s.lines for s in found.values()),
        "bytes": sum(s.bytes for s in found.values()),
        "oldest_age_seconds": _age(now, oldest),
        **each,
        "set_aside": aside,
    }


def _set_aside(path: str | Path, now: datetime) -> dict:
    """Spool lines that could not be read, kept in `<file>.unreadable` until a person deals with them:
    both files' lines and bytes, which files hold any, and since the last was set aside."""
    found = {spool.set_aside_path(p).name: spool.set_aside(p) for p in (path, spool.status_path(path))}
    held = {name: aside for name, aside in found.items() if aside.bytes}
    last = max((aside.last_at for aside in held.values()), default=None)
    return {
        "lines": sum(aside.lines for aside in held.values()),
        "bytes": sum(aside.bytes for aside in held.values()),
        "files": sorted(held),
        "last_age_seconds": _age(now, last),
    }


def _spool_figures(found: spool.Stats, now: datetime) -> dict:
    return {
        "lines": found.lines,
        "bytes": found.bytes,
        "oldest_age_seconds": _age(now, found.oldest_received_at),
    }


def _age(now: datetime, then: datetime | None) -> int | None:
    """Whole seconds since `then` (None when there is no such thing)."""
    return None if then is None else int((now - then).total_seconds())


def beat(session: Session, name: str = SCHEDULER) -> None:
    """Record that the process `name` is alive (one upserted row per name)."""
    db.begin_write(session)
    values = {"name": name, "beat_at": clock.now(), "host": socket.gethostname(), "pid": os.getpid()}
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    statement = insert(Heartbeat).values(values)
    statement = statement.on_conflict_do_update(
        index_elements=[Heartbeat.name], set_={k: statement.excluded[k] for k in ("beat_at", "host", "pid")}
    )
    session.execute(statement)
    session.commit()
