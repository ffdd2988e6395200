"""Pure: supervision and mentorship of peer workers, and the limit on crisis items per shift.

No database and no Flask: when a check-in is due, whether it is overdue, and where a worker's
current shift began, from plain values.
"""

from __future__ import annotations

import enum
from datetime import date, datetime, timedelta

# A worker who never goes off shift is counted over this much of the recent past: a shift is at
# most this long, so a forgotten "go off shift" does not hold the crisis limit forever.
LONGEST_SHIFT = timedelta(hours=12)


class Wellbeing(enum.StrEnum):
    """How the worker is, as the person holding the check-in judged it."""

    OK = "ok"
    STRAINED = "strained"
    NEEDS_TIME_OFF = "needs_time_off"

    @property
    def label(self) -> str:
        """The flag as staff pages say it."""
        return self.value.replace("_", " ")


class CheckinKind(enum.StrEnum):
    """Who held a check-in: a supervisor (or admin), or a senior peer as mentor."""

    SUPERVISION = "supervision"
    MENTORSHIP = "mentorship"


class DebriefAnswer(enum.StrEnum):
    """A worker's answer to the debrief offered after a crisis (or a request made on their own)."""

    REQUESTED = "requested"  # they want a check-in: supervisors see it until one is held
    DECLINED = "declined"  # not now: the offer is not shown again for that item


def next_due(last_held: date | None, started: date, every_days: int) -> date:
    """The day the next check-in is due: `every_days` after the last, or after the worker started."""
    return (last_held or started) + timedelta(days=every_days)


def is_overdue(due: date, today: date) -> bool:
    """True once the due day has passed without a check-in."""
    return today > due


def shift_began(started_at: datetime | None, now: datetime) -> datetime:
    """When the current shift began: when the worker last went on shift, at most LONGEST_SHIFT ago."""
    earliest = now - LONGEST_SHIFT
    return started_at if started_at is not None and started_at > earliest else earliest


def request_met(requested_on: date, held: list[date]) -> bool:
    """A check-in request is met by a check-in held on or after the day it was made."""
    return any(day >= requested_on for day in held)
