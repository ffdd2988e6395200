"""Reads for training: each worker's modules (missing, expired, valid until), who expires soon, and
what keeps a worker from a kind of work (the queue and caseload rules ask this)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from textsupport import clock, training
from textsupport.models import Role, StaffUser, TrainingCompletion
from textsupport.training import Completion, Gap, Module, Work

if TYPE_CHECKING:
    from textsupport.config import Settings

EXPIRING_DAYS = 30  # "who expires in the next 30 days"


@dataclass(frozen=True)
class ModuleStatus:
    """One module for one worker: 'missing', 'expired' or 'valid' (expires_on None: never)."""

    module: Module
    state: str
    completion: Completion | None


@dataclass(frozen=True)
class WorkerTraining:
    """A peer worker's training, module by module, and what it keeps them from."""

    worker: StaffUser
    modules: list[ModuleStatus]
    gaps: dict[Work, list[Gap]]


@dataclass(frozen=True)
class Expiring:
    """A worker's module whose counting completion expires within EXPIRING_DAYS."""

    worker: StaffUser
    module: Module
    expires_on: date


def completions(session: Session, worker_ids: list[int]) -> dict[int, list[Completion]]:
    """Every completion of these workers, in one query."""
    rows = session.execute(
        select(
            TrainingCompletion.worker_id,
            TrainingCompletion.module_key,
            TrainingCompletion.completed_on,
            TrainingCompletion.expires_on,
        ).where(TrainingCompletion.worker_id.in_(worker_ids))
    ).all()
    found: dict[int, list[Completion]] = defaultdict(list)
    for worker_id, key, completed_on, expires_on in rows:
        found[worker_id].append(Completion(key, completed_on, expires_on))
    return found


def gaps_for(session: Session, worker_id: int, work: Work, settings: Settings, today: date) -> list[Gap]:
    """Inside the caller's transaction: what this worker lacks for `work` today (empty: they may)."""
    held = completions(session, [worker_id]).get(worker_id, [])
    return training.gaps(training.for_settings(settings), held, work, today)


def workers(session: Session, settings: Settings, today: date) -> list[WorkerTraining]:
    """Every active peer worker's training status, by name."""
    catalogue = training.for_settings(settings)
    peers = list(
        session.scalars(
            select(StaffUser)
            .where(StaffUser.role == Role.PEER_WORKER, StaffUser.is_active.is_(True))
            .order_by(StaffUser.display_name, StaffUser.id)
        )
    )
    held = completions(session, [peer.id for peer in peers])
    return [_entry(catalogue, peer, held.get(peer.id, []), today) for peer in peers]


def own(session: Session, user: StaffUser, settings: Settings) -> WorkerTraining:
    """A worker's own training, module by module, as of today in the programme's zone."""
    today = clock.local_date(clock.now(), settings.program_tz)
    held = completions(session, [user.id]).get(user.id, [])
    return _entry(training.for_settings(settings), user, held, today)


def _entry(
    catalogue: training.Catalogue, worker: StaffUser, held: list[Completion], today: date
) -> WorkerTraining:
    current = training.current(held)
    statuses = [_status(module, current.get(module.key), today) for module in catalogue.modules]
    gaps = {work: training.gaps(catalogue, held, work, today) for work in Work}
    return WorkerTraining(worker, statuses, gaps)


def _status(module: Module, completion: Completion | None, today: date) -> ModuleStatus:
    if completion is None:
        return ModuleStatus(module, "missing", None)
    return ModuleStatus(module, "valid" if training.is_valid(completion, today) else "expired", completion)


def expiring(found: list[WorkerTraining], today: date, days: int = EXPIRING_DAYS) -> list[Expiring]:
    """Valid completions that expire within `days` of today, soonest first."""
    until = today + timedelta(days=days)
    soon = [
        Expiring(entry.worker, status.module, status.completion.expires_on)
        for entry in found
        for status in entry.modules
        if status.state == "valid" and status.completion.expires_on and status.completion.expires_on <= until
    ]
    return sorted(soon, key=lambda item: (item.expires_on, item.worker.display_name, item.module.key))


@dataclass(frozen=True)
class Overview:
    """The training page: today (PROGRAM_TZ), the modules, every worker's status, who expires soon."""

    today: date
    modules: tuple[Module, ...]
    workers: list[WorkerTraining]
    expiring: list[Expiring]


def overview(session: Session, settings: Settings) -> Overview:
    """Everything the training page shows, as of today in the programme's zone."""
    today = clock.local_date(clock.now(), settings.program_tz)
    found = workers(session, settings, today)
    return Overview(today, training.for_settings(settings).modules, found, expiring(found, today))


def refusal_for(session: Session, worker: StaffUser, work: Work, settings: Settings, now: datetime) -> str:
    """Inside the caller's transaction: why `worker` may not do `work` now ('' when they may).

    The one training rule the caseload and the queue's routing both ask.
    """
    today = clock.local_date(now, settings.program_tz)
    return training.refusal(worker.display_name, work, gaps_for(session, worker.id, work, settings, today))


def own_refusals(session: Session, user: StaffUser, settings: Settings) -> list[str]:
    """For a peer worker's own queue page: the work their training does not cover now, and why."""
    if user.role is not Role.PEER_WORKER:
        return []
    reasons = [refusal_for(session, user, work, settings, clock.now()) for work in Work]
    return [reason for reason in reasons if reason]
