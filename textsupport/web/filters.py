"""Template filters: one way to show time on every staff page.

Instants are shown in PROGRAM_TZ with the zone ("2026-11-24 03:00 MST"), and events of the last day
with their age as well ("2026-11-24 03:00 MST (12 min ago)"); durations read in days,
hours and minutes ("2 d 3 h"), never as a pile of minutes; deadlines read "due in 11 min" or
"overdue by 2 d 3 h". A browser's User-Agent reads "Firefox 133 on Windows" (`browser`).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from flask import Flask

from textsupport import clock, config, user_agents

LOCAL_FORMAT = "%Y-%m-%d %H:%M %Z"
RECENT = timedelta(days=1)  # an event this close to now also shows its age


def local(instant: datetime | None, fmt: str = LOCAL_FORMAT) -> str:
    """A stored UTC instant in PROGRAM_TZ, e.g. '2026-11-24 03:00 MST'."""
    if instant is None:
        return ""
    return instant.astimezone(config.current().program_tz).strftime(fmt)


def day(value: date | datetime | None) -> str:
    """A calendar date, e.g. '2026-11-24' (an instant is first put in PROGRAM_TZ)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.astimezone(config.current().program_tz).date()
    return value.isoformat()


def duration(span: timedelta | None) -> str:
    """A length of time in its two largest units: '45 min', '3 h 5 min', '2 d 3 h'."""
    if span is None:
        return ""
    minutes = int(abs(span).total_seconds() // 60)
    days, minutes = divmod(minutes, 24 * 60)
    hours, minutes = divmod(minutes, 60)
    if days:
        return f"{days} d {hours} h" if hours else f"{days} d"
    if hours:
        return f"{hours} h {minutes} min" if minutes else f"{hours} h"
    return f"{minutes} min"


def minutes(count: int | None) -> str:
    """A logged number of minutes as a duration: 75 reads '1 h 15 min', never '75 min'."""
    if count is None:
        return ""
    return duration(timedelta(minutes=count))


def due(deadline: datetime | None, now: datetime) -> str:
    """'due in 11 min' or 'overdue by 2 d 3 h'."""
    if deadline is None:
        return ""
    if deadline >= now:
        return f"due in {duration(deadline - now)}"
    return f"overdue by {duration(now - deadline)}"


def ago(instant: datetime | None, now: datetime) -> str:
    """'12 min ago' (or 'in 5 min' for a future instant)."""
    if instant is None:
        return ""
    if instant > now:
        return f"in {duration(instant - now)}"
    if now - instant < timedelta(minutes=1):
        return "just now"
    return f"{duration(now - instant)} ago"


def when(instant: datetime | None, now: datetime | None = None) -> str:
    """An event's time in PROGRAM_TZ, with its age while recent: '2026-11-24 03:00 MST (12 min ago)'.

    The age is real elapsed time, so across a DST change it can differ from the wall clocks' gap.
    """
    if instant is None:
        return ""
    now = clock.now() if now is None else now
    if abs(now - instant) < RECENT:
        return f"{local(instant)} ({ago(instant, now)})"
    return local(instant)


def init_app(app: Flask) -> None:
    """Register the filters."""
    for name, function in (
        ("local", local),
        ("day", day),
        ("duration", duration),
        ("minutes", minutes),
        ("due", due),
        ("ago", ago),
        ("browser", user_agents.summary),
        ("when", when),
    ):
        app.add_template_filter(function, name)
