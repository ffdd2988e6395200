"""The only place that asks for the time: aware UTC instants and local-date arithmetic."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from flask import current_app, has_app_context


def now() -> datetime:
    """The current instant in UTC, or the app's TEXTSUPPORT_NOW when one is set (dev/test)."""
    if has_app_context():
        fixed = current_app._get_current_object().config.get("TEXTSUPPORT_NOW")  # one step through the proxy
        if fixed is not None:
            return fixed
    return datetime.now(UTC)


def as_utc(instant: datetime) -> datetime:
    """The same instant in UTC; a naive value is refused rather than guessed."""
    if instant.tzinfo is None:
        raise ValueError("naive datetime: every instant must carry its zone")
    return instant.astimezone(UTC)


def local_date(instant: datetime, zone: ZoneInfo) -> date:
    """The calendar date at `instant` for someone living in `zone`."""
    return as_utc(instant).astimezone(zone).date()


def week_of(instant: datetime, zone: ZoneInfo) -> date:
    """The Monday of the local week an instant falls in."""
    day = local_date(instant, zone)
    return day - timedelta(days=day.weekday())


def at_local_time(day: date, clock_time: time, zone: ZoneInfo) -> datetime:
    """The UTC instant of a wall-clock time on a local date (DST gaps resolve forward)."""
    # zoneinfo reads a wall time inside a spring-forward gap with the pre-change offset,
    # so 02:30 on 2026-03-08 in Edmonton becomes 03:30 MDT: a real instant, never an error.
    return datetime.combine(day, clock_time, tzinfo=zone).astimezone(UTC)


def quiet_until(instant: datetime, zone: ZoneInfo, window: tuple[time, time]) -> datetime | None:
    """When quiet hours end, if `instant` falls inside them in `zone`; None when it does not."""
    local = as_utc(instant).astimezone(zone)
    start, end = window
    now = local.time()
    inside = (start <= now or now < end) if start > end else (start <= now < end)
    if not inside:
        return None
    end_day = local.date() if now < end else local.date() + timedelta(days=1)
    return at_local_time(end_day, end, zone)


def snapshot():
    """A zero-argument clock for worker threads: the app's fixed instant, or the real time."""
    fixed = current_app.config.get("TEXTSUPPORT_NOW") if has_app_context() else None
    return (lambda: fixed) if fixed is not None else (lambda: datetime.now(UTC))
