"""Resolved queue items for review: filtered by local date range, level and who resolved them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from textsupport import whole_numbers
from textsupport.models import (
    QUEUE_WORKERS,
    EventAction,
    ItemState,
    Level,
    Participant,
    QueueEvent,
    QueueItem,
    StaffUser,
)
from textsupport.services.queue import reads as queue

LIMIT = 200  # the newest resolved items shown; narrower filters reach older ones
_RESOLVED = aliased(QueueEvent)
_RESOLVER = aliased(StaffUser)


class FilterError(ValueError):
    """A filter cannot be read; the message says which and how to write it."""


@dataclass(frozen=True)
class Filters:
    """What the Resolved tab is narrowed to; None means any."""

    start: date | None = None  # local dates in PROGRAM_TZ, both ends included
    end: date | None = None
    level: Level | None = None
    worker_id: int | None = None


@dataclass(frozen=True)
class ResolvedRow:
    """One resolved item, who resolved it and what they wrote."""

    item: QueueItem
    study_id: str | None
    first_name: str | None
    resolved_by: str | None
    note: str | None


@dataclass(frozen=True)
class Resolved:
    """The newest matching items, at most `limit`, and whether older ones matched too."""

    rows: list[ResolvedRow]
    limit: int
    more: bool


def _day(args: Mapping[str, str], name: str, label: str) -> date | None:
    raw = (args.get(name) or "").strip()
    if not raw:
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError:
        raise FilterError(f"The {label} date must read like 2026-11-23; “{raw}” does not.") from None


def parse_filters(args: Mapping[str, str]) -> Filters:
    """Read the GET query (from, to, level, worker); FilterError says what is wrong."""
    start, end = _day(args, "from", "from"), _day(args, "to", "to")
    if start and end and start > end:
        raise FilterError("The from date is after the to date.")
    raw_level = (args.get("level") or "").strip()
    try:
        level = Level(raw_level) if raw_level else None
    except ValueError:
        raise FilterError(f"Level must be one of {', '.join(Level)}; “{raw_level}” is not.") from None
    raw_worker = (args.get("worker") or "").strip()
    worker = whole_numbers.parse(raw_worker, 1, whole_numbers.MAX_ID)
    if raw_worker and worker is None:
        raise FilterError("Choose the worker from the list.")
    return Filters(start, end, level, worker)


def local_bounds(filters: Filters, tz: ZoneInfo) -> tuple[datetime | None, datetime | None]:
    """The UTC instants of the start of the from date and the end of the to date, in `tz`."""
    low = datetime.combine(filters.start, time(), tzinfo=tz) if filters.start else None
    high = datetime.combine(filters.end + timedelta(days=1), time(), tzinfo=tz) if filters.end else None
    return low, high


def resolved_items(session: Session, filters: Filters, tz: ZoneInfo, limit: int | None = None) -> Resolved:
    """Resolved items matching `filters`, newest resolution first, at most `limit` (LIMIT) of them."""
    limit = limit or LIMIT
    latest = (
        select(func.max(QueueEvent.id))
        .where(QueueEvent.item_id == QueueItem.id, QueueEvent.action == EventAction.RESOLVED)
        .correlate(QueueItem)
        .scalar_subquery()
    )
    query = (
        select(
            QueueItem, Participant.study_id, Participant.first_name, _RESOLVER.display_name, _RESOLVED.note
        )
        .outerjoin(Participant, Participant.id == QueueItem.participant_id)
        .outerjoin(_RESOLVED, _RESOLVED.id == latest)
        .outerjoin(_RESOLVER, _RESOLVER.id == _RESOLVED.actor_id)
        .where(QueueItem.state == ItemState.RESOLVED, queue.REAL)  # practice items are not casework
    )
    low, high = local_bounds(filters, tz)
    if low is not None:
        query = query.where(QueueItem.resolved_at >= low)
    if high is not None:
        query = query.where(QueueItem.resolved_at < high)
    if filters.level is not None:
        query = query.where(QueueItem.level == filters.level)
    if filters.worker_id is not None:
        query = query.where(_RESOLVED.actor_id == filters.worker_id)
    found = session.execute(
        query.order_by(QueueItem.resolved_at.desc(), QueueItem.id.desc()).limit(limit + 1)
    ).all()
    return Resolved([ResolvedRow(*row) for row in found[:limit]], limit, more=len(found) > limit)


def resolvers(session: Session) -> list[tuple[int, str]]:
    """Staff who can resolve items (active or not, so past work stays findable), by name."""
    return list(
        session.execute(
            select(StaffUser.id, StaffUser.display_name)
            .where(StaffUser.role.in_(QUEUE_WORKERS))
            .order_by(StaffUser.display_name, StaffUser.id)
        ).all()
    )
