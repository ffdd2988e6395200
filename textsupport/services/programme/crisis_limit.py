"""The limit on crisis items a peer worker takes per shift (CRISIS_PER_SHIFT_MAX): the queue's
routing and claiming ask it, the workload page shows it. Practice crises (training participants'
items) are not crises a worker carries: they never count, and the limit never keeps one from its
trainee."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from textsupport import clock, supervision
from textsupport.models import EventAction, Level, QueueEvent, QueueItem, Role, StaffUser
from textsupport.services.queue import reads as queue

if TYPE_CHECKING:
    from textsupport.config import Settings


def taken_by(session: Session, workers: Sequence[StaffUser], now: datetime) -> dict[int, int]:
    """Inside the caller's transaction: per worker, the crisis items they took this shift (two queries).

    An item counts when it was routed to them since their shift began, or they claimed it since then;
    a practice item never does.
    """
    began = {worker.id: supervision.shift_began(worker.shift_started_at, now) for worker in workers}
    if not began:
        return {}
    floor = min(began.values())
    routed = session.execute(
        select(QueueItem.assignee_id, QueueItem.id, QueueItem.created_at).where(
            QueueItem.assignee_id.in_(began),
            QueueItem.level == Level.CRISIS,
            QueueItem.created_at >= floor,
            queue.REAL,
        )
    ).all()
    claimed = session.execute(
        select(QueueEvent.actor_id, QueueEvent.item_id, QueueEvent.at)
        .join(QueueItem, QueueItem.id == QueueEvent.item_id)
        .where(
            QueueEvent.actor_id.in_(began),
            QueueEvent.action == EventAction.CLAIMED,
            QueueEvent.at >= floor,
            QueueItem.level == Level.CRISIS,
            queue.REAL,
        )
    ).all()
    items: dict[int, set[int]] = {worker_id: set() for worker_id in began}
    for worker_id, item_id, at in [*routed, *claimed]:
        if clock.as_utc(at) >= began[worker_id]:
            items[worker_id].add(item_id)
    return {worker_id: len(found) for worker_id, found in items.items()}


def refusal_for(session: Session, worker: StaffUser, settings: Settings, now: datetime) -> str:
    """Inside the caller's transaction: why `worker` takes no more crisis items this shift ('' when they may).

    Only peer workers are limited; supervisors and admins are where crises go once a peer has had enough.
    """
    if worker.role is not Role.PEER_WORKER:
        return ""
    count, limit = taken_by(session, [worker], now)[worker.id], settings.crisis_per_shift_max
    if count < limit:
        return ""
    return (
        f"{worker.display_name} has taken {count} crisis item{'s' if count != 1 else ''} this shift "
        f"(the limit is {limit}): new crises go to the supervisors"
    )
