"""Each peer worker's load for supervisors: open items, the oldest, response time, contacts, resolved.

A handful of grouped queries over all workers at once (no query per worker).
"""

from __future__ import annotations

import statistics
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from textsupport import clock
from textsupport.models import QueueEvent, QueueItem, StaffUser
from textsupport.services import caseload, queue

WEEK = timedelta(days=7)


@dataclass(frozen=True)
class Load:
    """One worker's row on the workload page."""

    worker: StaffUser
    caseload: int
    cap: int
    open_items: int
    oldest: timedelta | None  # age of their oldest open item
    median_first_response: timedelta | None  # over items they first answered in the last 7 days
    contacts: int  # contacts logged in the last 7 days
    resolved: int  # items resolved in the last 7 days: the recognition count


def loads(session: Session, config: Mapping[str, Any], now: datetime | None = None) -> list[Load]:
    """Every active peer worker's load, by name."""
    now = now or clock.now()
    since = now - WEEK
    workers = caseload.peers(session)
    ids = [worker.id for worker in workers]
    if not ids:
        return []
    # An open item is a worker's when they claimed it, or it is routed to them and nobody claimed it.
    holder = func.coalesce(QueueItem.owner_id, QueueItem.assignee_id)
    open_rows = session.execute(
        select(holder, func.count(), func.min(QueueItem.created_at))
        .where(QueueItem.state.in_(queue.UNRESOLVED), holder.in_(ids))
        .group_by(holder)
    ).all()
    opened = {worker: (count, oldest) for worker, count, oldest in open_rows}
    counted = {actor: (contacts, resolved) for actor, contacts, resolved in _counts(session, ids, since)}
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
                cap=caseload.cap(worker, config),
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
            func.count().filter(QueueEvent.action == "contact"),
            func.count().filter(QueueEvent.action == "resolved"),
        )
        .where(QueueEvent.actor_id.in_(ids), QueueEvent.at >= since)
        .group_by(QueueEvent.actor_id)
    ).all()


def _first_responses(session: Session, ids: list[int], since: datetime) -> dict[int, list[timedelta]]:
    """Per worker, how long each item waited for their first reply or contact (answered this week)."""
    first = (
        select(QueueEvent.item_id, QueueEvent.actor_id, func.min(QueueEvent.at).label("at"))
        .where(QueueEvent.actor_id.in_(ids), QueueEvent.action.in_(queue.RESPONSES))
        .group_by(QueueEvent.item_id, QueueEvent.actor_id)
        .subquery()
    )
    rows = session.execute(
        select(first.c.actor_id, first.c.at, QueueItem.created_at)
        .join(QueueItem, QueueItem.id == first.c.item_id)
        .where(first.c.at >= since)
    ).all()
    waits: dict[int, list[timedelta]] = {}
    for actor, at, created in rows:
        waits.setdefault(actor, []).append(clock.as_utc(at) - clock.as_utc(created))
    return waits
