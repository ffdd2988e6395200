"""SLA escalation, run by the scheduler: overdue items go to the supervisors; overdue crises page on-call.

Exactly once by construction: a single conditional UPDATE ... RETURNING marks each item, so two
schedulers (or a retried run) escalate and notify an item once.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import and_, exists, select, update
from sqlalchemy.orm import Session

from textsupport import db
from textsupport.content import Content
from textsupport.models import EventAction, ItemState, Level, Pool, QueueEvent, QueueItem, StaffUser
from textsupport.services.queue import reads as queue
from textsupport.services.replies import notify

if TYPE_CHECKING:
    from textsupport.config import Settings


def escalate(session: Session, now: datetime, settings: Settings, content: Content) -> dict:
    """Reroute off-shift peers' items, escalate unanswered overdue items, page on-call for overdue crises."""
    db.begin_write(session)
    off_shift = exists().where(
        StaffUser.id == QueueItem.assignee_id, StaffUser.on_shift.is_(False) | StaffUser.is_active.is_(False)
    )
    rerouted = session.scalars(
        update(QueueItem)
        .where(QueueItem.state == ItemState.OPEN, QueueItem.pool == Pool.PEER, off_shift)
        .values(pool=Pool.SUPERVISOR, assignee_id=None)
        .returning(QueueItem.id)
        .execution_options(synchronize_session=False)
    ).all()
    overdue = session.execute(
        update(QueueItem)
        .where(
            and_(
                QueueItem.state.in_(queue.UNRESOLVED),
                QueueItem.escalated_at.is_(None),
                QueueItem.due_at <= now,
                ~queue.ANSWERED,  # the SLA is the wait for a first human response
            )
        )
        .values(pool=Pool.SUPERVISOR, assignee_id=None, escalated_at=now)
        .returning(QueueItem.id, QueueItem.level)
        .execution_options(synchronize_session=False)
    ).all()
    for item_id in rerouted:
        session.add(
            QueueEvent(
                item_id=item_id, at=now, action=EventAction.REROUTED, note="their peer worker is off shift"
            )
        )
    notified = 0
    for item_id, level in overdue:
        session.add(
            QueueEvent(item_id=item_id, at=now, action=EventAction.ESCALATED, note="overdue: past its SLA")
        )
        if Level(level) is Level.CRISIS:
            notified += notify.on_call(
                session, item_id, settings, content, reason="overdue", template="staff/crisis_overdue.txt"
            )
    session.commit()
    return {"rerouted": len(rerouted), "escalated": len(overdue), "oncall_alerts": notified}


def overdue_ids(session: Session, now: datetime) -> list[int]:
    """Open items past their deadline (for the ops view and tests)."""
    return list(
        session.scalars(
            select(QueueItem.id).where(QueueItem.state.in_(queue.UNRESOLVED), QueueItem.due_at <= now)
        )
    )
