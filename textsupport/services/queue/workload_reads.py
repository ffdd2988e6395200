"""Each peer worker's load for supervisors: open items, the oldest, response time, contacts, resolved.

A handful of grouped queries over all workers at once (no query per worker). Response times cover
the last 7 days; contacts and resolved items (the recognition counts) this calendar week, from
Monday 00:00 in the programme's time zone.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from textsupport import clock
from textsupport.models import EventAction, QueueEvent, QueueItem, StaffUser
from textsupport.services.queue import caseload
from textsupport.services.queue import reads as queue

if TYPE_CHECKING:
    from textsupport.config import Settings

WEEK = timedelta(days=7)


@dataclass(frozen=True)
class Load:
    """One worker's row on the workload page."""

    worker: StaffUser
    caseload: int
    cap: int
    open_items: int
    oldest: timedelta | None  # age of their oldest open item
    median_first_response: timedelta | None  # over items they answered first, in the last 7 days
    contacts: int  # contacts logged this week
    resolved: int  # items resolved this week: the recognition count


def loads(session: Session, settings: Settings, now: datetime | None = None) -> list[Load]:
    """Every active peer worker's load, by name."""
    now = now or clock.now()
    since = now - WEEK
    monday = week_start(now, settings)
    workers = caseload.peers(session)
    ids = [worker.id for worker in workers]
    if not ids:
        return []
    # An open item is a worker's when they claimed it, or it is routed to them and nobody claimed it.
    holder = func.coalesce(QueueItem.owner_id, QueueItem.assignee_id)
    open_rows = session.execute(
        select(holder, func.count(), func.min(QueueItem.created_at))
        .where(QueueItem.state.in_(queue.UNRESOLVED), holder.in_(ids), queue.REAL)
        .group_by(holder)
    ).all()
    opened = {worker: (count, oldest) for worker, count, oldest in open_rows}
    counted = {actor: (contacts, resolved) for actor, contacts, resolved in _counts(session, ids, monday)}
    firsts = _first_responses(session, ids, since)
    sizes = caseload.sizes(session)
    rows = []
    for worker in workers:
        count, oldest = opened.get(worker.id, (0, None))
        contacts, resolved = counted.get(worker.id, (0, 0))
        waits = firsts.get(worker.id, [])
        rows.append(
            Load(
                worker=worker,
                caseload=sizes.get(worker.id, 0),
                cap=caseload.cap(worker, settings),
                open_items=count,
                oldest=now - clock.as_utc(oldest) if oldest else None,
                median_first_response=statistics.median(waits) if waits else None,
                contacts=contacts,
                resolved=resolved,
            )
        )
    return rows


def _counts(session: Session, ids: list[int], since: datetime):
    return session.execute(
        select(
            QueueEvent.actor_id,
            func.count().filter(QueueEvent.action == EventAction.CONTACT),
            func.count().filter(QueueEvent.action == EventAction.RESOLVED),
        )
        .join(QueueItem, QueueItem.id == QueueEvent.item_id)
        .where(QueueEvent.actor_id.in_(ids), QueueEvent.at >= since, queue.REAL)  # practice is not work done
        .group_by(QueueEvent.actor_id)
    ).all()


def week_start(now: datetime, settings: Settings) -> datetime:
    """The UTC instant this week began: Monday 00:00 in PROGRAM_TZ."""
    zone = settings.program_tz
    today = clock.local_date(now, zone)
    return clock.at_local_time(today - timedelta(days=today.weekday()), time(0), zone)


def _first_responses(session: Session, ids: list[int], since: datetime) -> dict[int, list[timedelta]]:
    """Per worker, how long each item they answered first waited for it (answers of the last 7 days).

    The wait is credited to whoever answered first; a later answer by someone else is not a first response.
    """
    answered = QueueEvent.action.in_(queue.RESPONSES)
    first = (
        select(QueueEvent.item_id, func.min(QueueEvent.at).label("at"))
        .where(answered)
        .group_by(QueueEvent.item_id)
        .having(func.min(QueueEvent.at) >= since)
        .subquery()
    )
    rows = session.execute(
        select(QueueEvent.actor_id, first.c.at, QueueItem.created_at)
        .join(first, (first.c.item_id == QueueEvent.item_id) & (first.c.at == QueueEvent.at))
        .join(QueueItem, QueueItem.id == QueueEvent.item_id)
        .where(answered, QueueEvent.actor_id.in_(ids), queue.REAL)
    ).all()
    waits: dict[int, list[timedelta]] = {}
    for actor, at, created in rows:
        waits.setdefault(actor, []).append(clock.as_utc(at) - clock.as_utc(created))
    return waits
