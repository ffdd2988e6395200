"""The queue against its SLA: per level, items answered in time, late or still waiting, and the
time to first response (median and 90th percentile) of the items opened in the scope.

A first response is the first reply or logged contact; it meets the SLA when it came by the item's
deadline. Percentiles interpolate linearly between ranks: PostgreSQL's percentile_cont in SQL, the
same arithmetic in Python over one column of waits on SQLite.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from textsupport.models import Level, QueueEvent, QueueItem
from textsupport.services.queue.reads import RESPONSES
from textsupport.services.reports.scope import Scope, of_participants, within


@dataclass(frozen=True)
class LevelSla:
    """One triage level's items: first response by the deadline, late or never, and not yet due."""

    level: str
    met: int
    missed: int
    pending: int

    @property
    def share_met(self) -> float | None:
        """Met among the items decided (met or missed), or None before any is."""
        decided = self.met + self.missed
        return self.met / decided if decided else None


@dataclass(frozen=True)
class Sla:
    """Every level, most serious first, and the first-response times (None: nothing answered yet)."""

    levels: list[LevelSla]
    median: timedelta | None
    p90: timedelta | None


def sla(session: Session, scope: Scope, zone: ZoneInfo, now: datetime) -> Sla:
    """SLA met per level and the first-response percentiles of participants' queue items in `scope`."""
    first = (
        select(QueueEvent.item_id, func.min(QueueEvent.at).label("at"))
        .where(QueueEvent.action.in_(RESPONSES))
        .group_by(QueueEvent.item_id)
        .subquery()
    )
    columns = select(QueueItem.level, QueueItem.due_at, QueueItem.created_at, first.c.at.label("first"))
    items = (
        of_participants(columns, QueueItem.participant_id, scope)
        .outerjoin(first, first.c.item_id == QueueItem.id)
        .where(*within(QueueItem.created_at, scope, zone))
        .subquery()
    )
    rows = session.execute(
        select(
            items.c.level,
            func.count().filter(items.c.first <= items.c.due_at),
            func.count().filter(
                (items.c.first > items.c.due_at) | (items.c.first.is_(None) & (items.c.due_at <= now))
            ),
            func.count().filter(items.c.first.is_(None), items.c.due_at > now),
        ).group_by(items.c.level)
    ).all()
    counted = {Level(level): (met, missed, pending) for level, met, missed, pending in rows}
    levels = [LevelSla(level.value, *counted.get(level, (0, 0, 0))) for level in Level]
    median, p90 = _percentiles(session, items)
    return Sla(levels, median, p90)


def _percentiles(session: Session, items) -> tuple[timedelta | None, timedelta | None]:
    answered = items.c.first.is_not(None)
    if session.get_bind().dialect.name == "postgresql":
        wait = func.extract("epoch", items.c.first - items.c.created_at)
        median, p90 = session.execute(
            select(
                func.percentile_cont(0.5).within_group(wait),
                func.percentile_cont(0.9).within_group(wait),
            ).where(answered)
        ).one()
        return _seconds(median), _seconds(p90)
    wait = (func.julianday(items.c.first) - func.julianday(items.c.created_at)) * 86400
    waits = sorted(session.scalars(select(wait).where(answered)))
    return _seconds(interpolate(waits, 0.5)), _seconds(interpolate(waits, 0.9))


def interpolate(ordered: list[float], fraction: float) -> float | None:
    """percentile_cont: the value at rank fraction * (n - 1), interpolated between neighbours."""
    if not ordered:
        return None
    rank = fraction * (len(ordered) - 1)
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def _seconds(value: float | None) -> timedelta | None:
    # Rounded to the second: SQLite's julianday carries float noise below a millisecond.
    return None if value is None else timedelta(seconds=round(float(value)))
