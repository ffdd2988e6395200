"""Reads for recognition: each peer worker's counts for a month (PROGRAM_TZ) and to date, the
milestones they reached, and the monthly summary supervisors download as CSV.

Grouped queries over all workers at once (no query per worker). Resolved items count each item once
per worker, however often it was reopened and resolved again; contacts count every contact logged.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from textsupport import clock, csv_safety, milestones
from textsupport.milestones import Milestone, Next, Tally
from textsupport.models import EventAction, QueueEvent, QueueItem, Role, StaffUser
from textsupport.services.queue import reads as queue

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    from textsupport.config import Settings


class MonthError(ValueError):
    """The month asked for cannot be shown; the message says why."""


@dataclass(frozen=True)
class WorkerMonth:
    """One worker's month: what they did in it, their counts by its end, the milestones it brought."""

    worker: StaffUser
    in_month: Tally  # resolved and contacts within the month (months: of service by its end)
    to_date: Tally  # by the end of the month (or now, for the month in progress)
    reached: list[Milestone]  # milestones reached within the month


@dataclass(frozen=True)
class MonthSummary:
    """The recognition summary of one month for every peer worker (by name)."""

    month: date  # its first day
    until: datetime  # the end of the month, or now for the current one
    rows: list[WorkerMonth]
    previous: date
    next: date | None  # None: this is the current month


@dataclass(frozen=True)
class Own:
    """A peer worker's own recognition for their home page."""

    month: WorkerMonth
    reached: list[Milestone]  # every milestone reached so far
    next_up: list[Next]


def parse_month(text: str | None, today: date) -> date:
    """'YYYY-MM' as the month's first day (empty: this month); a later month is refused."""
    if not text:
        return today.replace(day=1)
    try:
        year, month = (int(part) for part in text.split("-"))
        first = date(year, month, 1)
    except ValueError:
        raise MonthError("Give the month as YYYY-MM, e.g. 2026-11.") from None
    if first > today:
        raise MonthError(f"{text} has not begun yet.")
    if first.year < 2000:
        raise MonthError(f"{text} is before this programme; check the year.")
    return first


def _add_month(first: date, months: int) -> date:
    index = first.year * 12 + first.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def month_summary(session: Session, settings: Settings, month: date, now: datetime) -> MonthSummary:
    """Every peer worker's recognition for the month starting `month` (active, or active in it)."""
    zone = settings.program_tz
    start = clock.at_local_time(month, time(0), zone)
    until = min(clock.at_local_time(_add_month(month, 1), time(0), zone), now)
    rows = _worker_months(session, settings, start, until, zone)
    current = _add_month(month, 1) > clock.local_date(now, zone)
    return MonthSummary(month, until, rows, _add_month(month, -1), None if current else _add_month(month, 1))


def own(session: Session, settings: Settings, worker: StaffUser, now: datetime) -> Own | None:
    """This month's recognition for a peer worker, with every milestone so far and the next ones."""
    if worker.role is not Role.PEER_WORKER:
        return None
    zone = settings.program_tz
    start = clock.at_local_time(clock.local_date(now, zone).replace(day=1), time(0), zone)
    (row,) = _worker_months(session, settings, start, now, zone, only=worker)
    configured = milestones.for_settings(settings)
    so_far = row.to_date
    return Own(row, milestones.reached(configured, so_far), milestones.next_up(configured, so_far))


def _worker_months(
    session: Session,
    settings: Settings,
    start: datetime,
    until: datetime,
    zone: ZoneInfo,
    only: StaffUser | None = None,
) -> list[WorkerMonth]:
    configured = milestones.for_settings(settings)
    workers = [only] if only else _peers(session)
    before = _tallies(session, [worker.id for worker in workers], start)
    after = _tallies(session, [worker.id for worker in workers], until)
    rows = []
    for worker in workers:
        began = clock.local_date(worker.created_at, zone)
        first = _with_months(before.get(worker.id, Tally()), began, _last_day_before(start, zone))
        last = _with_months(after.get(worker.id, Tally()), began, _last_day_before(until, zone))
        in_month = Tally(last.resolved - first.resolved, last.contacts - first.contacts, last.months)
        joined_later = clock.as_utc(worker.created_at) >= until
        idle = not worker.is_active and not (in_month.resolved or in_month.contacts)
        if only is None and (joined_later or idle):
            continue  # a month lists those who had joined by its end; a former worker only when they worked
        rows.append(WorkerMonth(worker, in_month, last, milestones.newly_reached(configured, first, last)))
    return rows


def _last_day_before(instant: datetime, zone: ZoneInfo) -> date:
    """The local day of the last moment before `instant`: a month's last day for the next month's start."""
    return clock.local_date(instant - timedelta(microseconds=1), zone)


def _with_months(tally: Tally, began: date, day: date) -> Tally:
    return Tally(tally.resolved, tally.contacts, milestones.months_of_service(began, day))


def _peers(session: Session) -> list[StaffUser]:
    return list(
        session.scalars(
            select(StaffUser)
            .where(StaffUser.role == Role.PEER_WORKER)
            .order_by(StaffUser.display_name, StaffUser.id)
        )
    )


def _tallies(session: Session, ids: list[int], until: datetime) -> dict[int, Tally]:
    """Per worker, items resolved (each once) and contacts logged before `until`, in one query."""
    if not ids:
        return {}
    rows = session.execute(
        select(
            QueueEvent.actor_id,
            func.count(QueueEvent.item_id.distinct()).filter(QueueEvent.action == EventAction.RESOLVED),
            func.count().filter(QueueEvent.action == EventAction.CONTACT),
        )
        .join(QueueItem, QueueItem.id == QueueEvent.item_id)
        .where(
            QueueEvent.actor_id.in_(ids),
            QueueEvent.at < until,
            queue.REAL,  # practice (training participants' items) earns no milestone
            or_(QueueEvent.action == EventAction.RESOLVED, QueueEvent.action == EventAction.CONTACT),
        )
        .group_by(QueueEvent.actor_id)
    ).all()
    return {actor: Tally(resolved, contacts) for actor, resolved, contacts in rows}


CSV_HEADER = [
    "month", "worker", "resolved_in_month", "contacts_in_month", "resolved_to_date", "contacts_to_date",
    "months_of_service", "milestones_reached",
]  # fmt: skip


def month_csv(summary: MonthSummary) -> str:
    """The month's summary as CSV: one row per worker, the milestones reached joined by '; '."""
    month = summary.month.strftime("%Y-%m")
    return csv_safety.to_text(
        CSV_HEADER,
        (
            [
                month,
                row.worker.display_name,
                row.in_month.resolved,
                row.in_month.contacts,
                row.to_date.resolved,
                row.to_date.contacts,
                row.to_date.months,
                "; ".join(milestone.label for milestone in row.reached),
            ]  # fmt: skip
            for row in summary.rows
        ),
    )
