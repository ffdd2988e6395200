"""Reads for the fidelity report: peer workers' replies and logged contacts of the last months
(PROGRAM_TZ) with their peer roles, as textsupport/fidelity.py's figures, and the report's CSV.

Contacts are replies and logged contacts by peer workers on items about a real participant: practice
(training participants) never counts. Two queries whatever the number of workers: the contacts, then
their roles.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from typing import TYPE_CHECKING

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from textsupport import clock, csv_safety, fidelity, peer_roles, whole_numbers
from textsupport.fidelity import Contact, Month
from textsupport.models import ContactRole, QueueEvent, QueueItem, Role, StaffUser
from textsupport.peer_roles import Catalogue, RoleGroup
from textsupport.services.queue import reads as queue

if TYPE_CHECKING:
    from textsupport.config import Settings

DEFAULT_MONTHS = 6
MAX_MONTHS = 24


class FidelityError(ValueError):
    """The report cannot be shown as asked; the message says why."""


@dataclass(frozen=True)
class WorkerMonths:
    """One peer worker's figures, month by month."""

    worker: StaffUser
    months: list[Month]

    @property
    def contacts(self) -> int:
        """Their contacts over every month shown."""
        return sum(month.contacts for month in self.months)


@dataclass(frozen=True)
class Report:
    """The fidelity report of the last months: the programme's figures (or one worker's) by month."""

    catalogue: Catalogue
    months: list[date]  # first days, oldest first; the last is the month in progress
    shown: WorkerMonths | None  # one worker's report; None: the programme's
    programme: list[Month]  # the programme's figures, or the one worker's
    workers: list[WorkerMonths]  # every peer worker (the programme's report), or the one worker


def parse_months(text: str | None) -> int:
    """How many months to show (empty: DEFAULT_MONTHS); FidelityError outside 1 to MAX_MONTHS."""
    if not text:
        return DEFAULT_MONTHS
    months = whole_numbers.parse(text, 1, MAX_MONTHS)
    if months is None:
        raise FidelityError(f"Show from 1 to {MAX_MONTHS} months.")
    return months


def report(
    session: Session, settings: Settings, now: datetime, months: int, worker: StaffUser | None = None
) -> Report:
    """The last `months` months to now, for the programme or for one peer worker."""
    zone = settings.program_tz
    this_month = clock.local_date(now, zone).replace(day=1)
    index = this_month.year * 12 + this_month.month - months
    first = date(index // 12, index % 12 + 1, 1)
    window = fidelity.months_between(first, this_month)
    start = clock.at_local_time(first, time(0), zone)
    catalogue = peer_roles.for_settings(settings)
    found = _contacts(session, start, now, settings, worker)
    programme = fidelity.by_month(found, catalogue, window)
    workers = [worker] if worker else _peers(session, {contact.worker_id for contact in found})
    rows = [
        WorkerMonths(w, fidelity.by_month([c for c in found if c.worker_id == w.id], catalogue, window))
        for w in workers
    ]
    return Report(catalogue, window, rows[0] if worker else None, programme, rows)


def peer(session: Session, worker_id: int | None) -> StaffUser | None:
    """The peer worker with this id, or None."""
    if worker_id is None:
        return None
    found = session.get(StaffUser, worker_id)
    return found if found is not None and found.role is Role.PEER_WORKER else None


def _contacts(
    session: Session, start: datetime, until: datetime, settings: Settings, worker: StaffUser | None
) -> list[Contact]:
    where = _where(start, until, worker)
    events = session.execute(
        where(select(QueueEvent.id, QueueEvent.actor_id, QueueItem.participant_id, QueueEvent.at))
    ).all()
    tags = select(ContactRole.event_id, ContactRole.role_code).join(
        QueueEvent, QueueEvent.id == ContactRole.event_id
    )
    roles: dict[int, set[str]] = {}
    for event_id, code in session.execute(where(tags)):
        roles.setdefault(event_id, set()).add(code)
    zone = settings.program_tz
    return [
        Contact(actor, participant, clock.local_date(at, zone).replace(day=1), frozenset(roles.get(id_, ())))
        for id_, actor, participant, at in events
    ]


def _where(start: datetime, until: datetime, worker: StaffUser | None):
    """Narrow a statement over queue events to peer workers' contacts in the window."""

    def narrowed(statement: Select) -> Select:
        statement = (
            statement.join(QueueItem, QueueItem.id == QueueEvent.item_id)
            .join(StaffUser, StaffUser.id == QueueEvent.actor_id)
            .where(
                QueueEvent.action.in_(queue.RESPONSES),
                QueueEvent.at >= start,
                QueueEvent.at <= until,  # until is now: the month in progress
                StaffUser.role == Role.PEER_WORKER,
                QueueItem.participant_id.is_not(None),
                queue.REAL,  # practice (training participants' items) is not the programme's work
            )
        )
        return statement.where(QueueEvent.actor_id == worker.id) if worker else statement

    return narrowed


def _peers(session: Session, with_contacts: set[int]) -> list[StaffUser]:
    """Active peer workers, and former ones who had contacts in the window, by name."""
    return list(
        session.scalars(
            select(StaffUser)
            .where(
                StaffUser.role == Role.PEER_WORKER,
                StaffUser.is_active | StaffUser.id.in_(with_contacts or [0]),
            )
            .order_by(StaffUser.display_name, StaffUser.id)
        )
    )


def csv_header(catalogue: Catalogue) -> list[str]:
    """The CSV's columns: one row per month for the programme, then per worker."""
    return [
        "month", "worker", "contacts", "tagged", "participants", "contacts_per_participant",
        *(f"share_{group.value}" for group in RoleGroup), *(f"role_{role.code}" for role in catalogue.roles),
    ]  # fmt: skip


def report_csv(found: Report) -> str:
    """The report as CSV: the programme's months (worker 'programme'), then each worker's."""
    named = [("programme", found.programme)] if found.shown is None else []
    named += [(row.worker.display_name, row.months) for row in found.workers]
    return csv_safety.to_text(
        csv_header(found.catalogue),
        (_csv_row(name, month, found.catalogue) for name, months in named for month in months),
    )


def _csv_row(name: str, month: Month, catalogue: Catalogue) -> list:
    per = month.per_participant
    shares = [month.share(group) for group in RoleGroup]
    return [
        month.month.strftime("%Y-%m"), name, month.contacts, month.tagged, month.participants,
        "" if per is None else f"{per:.2f}", *("" if share is None else f"{share:.3f}" for share in shares),
        *(month.by_role[role.code] for role in catalogue.roles),
    ]  # fmt: skip
