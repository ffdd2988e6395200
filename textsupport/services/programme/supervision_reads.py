"""Reads for supervision: each peer worker's last check-in, when the next is due, standing check-in
requests and crisis items this shift (a few grouped queries for all workers), one worker's history
with the private notes (for supervisors), a worker's own dates (never the notes), and whether a
debrief is offered after a crisis item."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session, aliased

from textsupport import clock, supervision
from textsupport.models import (
    SUPERVISING,
    DebriefRequest,
    EventAction,
    ItemState,
    Level,
    Participant,
    QueueEvent,
    QueueItem,
    Role,
    StaffUser,
    SupervisionCheckin,
)
from textsupport.services.programme import crisis_limit
from textsupport.services.queue import caseload
from textsupport.supervision import CheckinKind, DebriefAnswer, Wellbeing

if TYPE_CHECKING:
    from textsupport.config import Settings

_HOLDER = aliased(StaffUser)


@dataclass(frozen=True)
class Checkin:
    """A check-in as pages show it; notes is None where the viewer may not read them."""

    id: int
    worker_id: int
    held_on: date
    minutes: int
    kind: CheckinKind
    held_by: str
    wellbeing: Wellbeing | None
    notes: str | None


@dataclass(frozen=True)
class WorkerSupervision:
    """One worker's supervision at a glance (no notes): the last check-in, the next due, requests."""

    worker: StaffUser
    last: Checkin | None
    due: date
    overdue: bool
    requests: list[datetime]  # standing check-in requests, oldest first
    crisis_taken: int  # crisis items this shift


def _checkins(session: Session, where, with_notes: bool) -> list[Checkin]:
    """Check-ins matching `where`, newest first, with the holder's name (the notes only if asked)."""
    rows = session.execute(
        select(SupervisionCheckin, _HOLDER.display_name)
        .join(_HOLDER, _HOLDER.id == SupervisionCheckin.held_by_id)
        .where(where)
        .order_by(SupervisionCheckin.held_on.desc(), SupervisionCheckin.id.desc())
    ).all()
    return [
        Checkin(
            row.id,
            row.worker_id,
            row.held_on,
            row.minutes,
            row.kind,
            holder,
            row.wellbeing if with_notes else None,
            row.notes if with_notes else None,
        )  # fmt: skip
        for row, holder in rows
    ]


def latest(session: Session, worker_ids: list[int]) -> dict[int, Checkin]:
    """Each worker's latest check-in (with its wellbeing flag, without the notes), in one query."""
    newest = (
        select(SupervisionCheckin.worker_id, func.max(SupervisionCheckin.held_on).label("held_on"))
        .where(SupervisionCheckin.worker_id.in_(worker_ids))
        .group_by(SupervisionCheckin.worker_id)
        .subquery()
    )
    on_last_day = exists().where(
        newest.c.worker_id == SupervisionCheckin.worker_id, newest.c.held_on == SupervisionCheckin.held_on
    )
    found: dict[int, Checkin] = {}
    for checkin in _checkins(session, on_last_day, with_notes=True):
        found.setdefault(checkin.worker_id, _without_notes(checkin))
    return found


def _without_notes(checkin: Checkin) -> Checkin:
    return Checkin(
        checkin.id, checkin.worker_id, checkin.held_on, checkin.minutes, checkin.kind, checkin.held_by,
        checkin.wellbeing, None,
    )  # fmt: skip


def standing_requests(
    session: Session, workers: list[StaffUser], settings: Settings, last: dict[int, Checkin] | None = None
) -> dict[int, list[datetime]]:
    """Per worker, their check-in requests no check-in has met yet (held on or after the request's day)."""
    ids = [worker.id for worker in workers]
    last = latest(session, ids) if last is None else last
    rows = session.execute(
        select(DebriefRequest.worker_id, DebriefRequest.at)
        .where(DebriefRequest.worker_id.in_(ids), DebriefRequest.answer == DebriefAnswer.REQUESTED)
        .order_by(DebriefRequest.at)
    ).all()
    found: dict[int, list[datetime]] = {worker_id: [] for worker_id in ids}
    for worker_id, at in rows:
        held = [last[worker_id].held_on] if worker_id in last else []
        if not supervision.request_met(clock.local_date(clock.as_utc(at), settings.program_tz), held):
            found[worker_id].append(clock.as_utc(at))
    return found


def by_worker(
    session: Session, settings: Settings, workers: list[StaffUser], now: datetime
) -> dict[int, WorkerSupervision]:
    """Every given worker's supervision at a glance, by id."""
    today = clock.local_date(now, settings.program_tz)
    last = latest(session, [worker.id for worker in workers])
    requests = standing_requests(session, workers, settings, last)
    crises = crisis_limit.taken_by(session, workers, now)
    found = {}
    for worker in workers:
        previous = last.get(worker.id)
        started = clock.local_date(clock.as_utc(worker.created_at), settings.program_tz)
        due = supervision.next_due(
            previous.held_on if previous else None, started, settings.supervision_every_days
        )
        found[worker.id] = WorkerSupervision(
            worker,
            previous,
            due,
            supervision.is_overdue(due, today),
            requests[worker.id],
            crises.get(worker.id, 0),
        )
    return found


@dataclass(frozen=True)
class Overview:
    """The supervision page: today, the cadence, every worker, and who may hold a check-in."""

    today: date
    every_days: int
    crisis_max: int
    workers: list[WorkerSupervision]
    holders: list[StaffUser]

    @property
    def overdue(self) -> list[WorkerSupervision]:
        """Workers whose check-in is overdue, longest overdue first."""
        return sorted((entry for entry in self.workers if entry.overdue), key=lambda entry: entry.due)

    @property
    def requested(self) -> list[WorkerSupervision]:
        """Workers with a standing check-in request, the oldest request first."""
        return sorted(
            (entry for entry in self.workers if entry.requests), key=lambda entry: entry.requests[0]
        )


def attention(session: Session, settings: Settings, now: datetime) -> tuple[int, int]:
    """For the home page: how many peer workers' check-ins are overdue, and how many wait for a
    check-in they asked for (the supervision page's two lists, counted)."""
    supervised = by_worker(session, settings, caseload.peers(session), now).values()
    return sum(entry.overdue for entry in supervised), sum(bool(entry.requests) for entry in supervised)


def overview(session: Session, settings: Settings) -> Overview:
    """Everything the supervision page shows (no notes), as of now."""
    now = clock.now()
    peers = caseload.peers(session)
    supervised = by_worker(session, settings, peers, now)
    holders = list(
        session.scalars(
            select(StaffUser)
            .where(StaffUser.is_active.is_(True), StaffUser.role.in_((Role.PEER_WORKER, *SUPERVISING)))
            .order_by(StaffUser.display_name, StaffUser.id)
        )
    )
    return Overview(
        clock.local_date(now, settings.program_tz), settings.supervision_every_days,
        settings.crisis_per_shift_max, [supervised[peer.id] for peer in peers], holders,
    )  # fmt: skip


def history(session: Session, user_id: int) -> tuple[StaffUser, list[Checkin]] | None:
    """For supervisors and admins: someone's check-ins with the private notes (None: no account)."""
    user = session.get(StaffUser, user_id)
    if user is None:
        return None
    return user, _checkins(session, SupervisionCheckin.worker_id == user.id, with_notes=True)


@dataclass(frozen=True)
class Own:
    """A worker's own supervision: dates, lengths and who held them, the next due, standing requests."""

    checkins: list[Checkin]  # never the notes or the flag
    due: date
    overdue: bool
    requests: list[datetime]


def own(session: Session, user: StaffUser, settings: Settings) -> Own:
    """What a worker sees of their own supervision: never the notes."""
    entry = by_worker(session, settings, [user], clock.now())[user.id]
    checkins = _checkins(session, SupervisionCheckin.worker_id == user.id, with_notes=False)
    return Own(checkins, entry.due, entry.overdue, entry.requests)


def debrief_offered(session: Session, item_id: int, worker: StaffUser) -> bool:
    """Whether a debrief is offered to this peer worker after this crisis item, not yet answered.

    Offered once the worker worked on the crisis (any action of theirs on it) and their part ended:
    the item is resolved, or they asked a supervisor to sign it off. Never after a practice crisis: a
    request would stand on the supervisors' page and home page as if a real crisis had weighed on
    them (the item page says so; a worker who wants one asks on their own supervision page).
    """
    return item_id in debriefs_offered(session, worker, item_id=item_id)


def debriefs_offered(
    session: Session, worker: StaffUser, since: datetime | None = None, item_id: int | None = None
) -> list[int]:
    """The crisis items after which a debrief is offered to `worker` and not yet answered (as
    `debrief_offered` says), oldest first: those opened since `since`, or only `item_id`."""
    if worker.role is not Role.PEER_WORKER:
        return []
    theirs = QueueEvent.item_id == QueueItem.id, QueueEvent.actor_id == worker.id
    asked_signoff = exists().where(*theirs, QueueEvent.action == EventAction.SIGNOFF_REQUESTED)
    answered = exists().where(DebriefRequest.worker_id == worker.id, DebriefRequest.item_id == QueueItem.id)
    practice = exists().where(Participant.id == QueueItem.participant_id, Participant.training)
    query = (
        select(QueueItem.id)
        .where(
            QueueItem.level == Level.CRISIS, ~practice, exists().where(*theirs),
            (QueueItem.state == ItemState.RESOLVED) | asked_signoff, ~answered,
        )
        .order_by(QueueItem.created_at, QueueItem.id)
    )  # fmt: skip
    if since is not None:
        query = query.where(QueueItem.created_at >= since)
    if item_id is not None:
        query = query.where(QueueItem.id == item_id)
    return list(session.scalars(query))
