"""Local weeks as SQL buckets: every weekly figure is grouped in SQL by the PROGRAM_TZ week its instant
falls in, without converting zones row by row.

The week boundaries (each Monday 00:00 local, as a UTC instant) are computed here with zoneinfo, so
DST changes fall where they should; the database only compares instants with them: PostgreSQL's
width_bucket (a binary search over the boundaries), a CASE on SQLite. With an index on the instant,
a range of weeks is an index range scan.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import DateTime, case, func, literal, select
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session

from textsupport import clock
from textsupport.services.reports.scope import Scope

WEEK = timedelta(days=7)


@dataclass(frozen=True)
class Weeks:
    """Consecutive local weeks: their Mondays, and len(mondays) + 1 boundaries in UTC."""

    mondays: list[date]
    boundaries: list[datetime]

    def bucket(self, session: Session, column):
        """SQL numbering the week an instant falls in: 1 for the first Monday's week, and so on."""
        if session.get_bind().dialect.name == "postgresql":
            edges = literal(self.boundaries, ARRAY(DateTime(timezone=True)))
            return func.width_bucket(column, edges)
        return case(
            *((column < edge, number) for number, edge in enumerate(self.boundaries)),
            else_=len(self.boundaries),
        )

    def label(self, number: int) -> str:
        """The Monday ('YYYY-MM-DD') of bucket `number`."""
        return self.mondays[number - 1].isoformat()


def covering(session: Session, column, scope: Scope, zone: ZoneInfo) -> Weeks | None:
    """The weeks from the scope's first day to its last; an open end reaches the column's first or last
    instant (an index lookup). None when there is nothing to count."""
    low, high = scope.bounds(zone)
    if low is None or high is None:
        first, last = session.execute(select(func.min(column), func.max(column))).one()
        if first is None:
            return None
        low = low or clock.as_utc(first)
        high = high or clock.as_utc(last) + timedelta(microseconds=1)
    if high <= low:
        return None
    start, end = clock.week_of(low, zone), clock.week_of(high - timedelta(microseconds=1), zone)
    mondays = [start + WEEK * n for n in range((end - start).days // 7 + 1)]
    edges = [clock.at_local_time(monday, time(0), zone) for monday in [*mondays, end + WEEK]]
    return Weeks(mondays, edges)
