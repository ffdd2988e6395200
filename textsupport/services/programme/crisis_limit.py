"""The limit on crisis items a peer worker takes per shift (CRISIS_PER_SHIFT_MAX): the queue's
routing and claiming ask it, the workload and queue pages show it."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from textsupport import supervision
from textsupport.models import EventAction, Level, QueueEvent, QueueItem, Role, StaffUser

if TYPE_CHECKING:
    from textsupport.config import Settings


def taken(session: Session, worker: StaffUser, now: datetime) -> int:
    """Inside the caller's transaction: crisis items this worker took this shift.

    An item counts when it was routed to them since the shift began, or they claimed it since then.
    """
    since = supervision.shift_began(worker.shift_started_at, now)
    claimed = select(QueueEvent.item_id).where(
        QueueEvent.actor_id == worker.id, QueueEvent.action == EventAction.CLAIMED, QueueEvent.at >= since
    )
    return session.scalar(
        select(func.count())
        .select_from(QueueItem)
        .where(
            QueueItem.level == Level.CRISIS,
            or_(
                (QueueItem.assignee_id == worker.id) & (QueueItem.created_at >= since),
                QueueItem.id.in_(claimed),
            ),
        )
    )


def refusal_for(session: Session, worker: StaffUser, settings: Settings, now: datetime) -> str:
    """Inside the caller's transaction: why `worker` takes no more crisis items this shift ('' when they may).

    Only peer workers are limited; supervisors and admins are where crises go once a peer has had enough.
    """
    if worker.role is not Role.PEER_WORKER:
        return ""
    count, limit = taken(session, worker, now), settings.crisis_per_shift_max
    if count < limit:
        return ""
    return (
        f"{worker.display_name} has taken {count} crisis item{'s' if count != 1 else ''} this shift "
        f"(the limit is {limit}): new crises go to the supervisors"
    )
