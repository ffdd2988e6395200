"""SLA escalation, run by the scheduler: overdue items go to the supervisors; overdue crises page on-call;
the items of a peer worker who is off shift, or whose required training has lapsed, go to the supervisors
(a practice item stays with its trainee, as routing gives it them whatever their shift or training).

Exactly once by construction: a single conditional UPDATE ... RETURNING marks each item, so two
schedulers (or a retried run) escalate and notify an item once.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import and_, exists, or_, select, update
from sqlalchemy.orm import Session

from textsupport import clock, db, training
from textsupport.content import Content
from textsupport.models import EventAction, ItemState, Level, Pool, QueueEvent, QueueItem, Role, StaffUser
from textsupport.services.programme import training_reads
from textsupport.services.queue import reads as queue
from textsupport.services.replies import notify
from textsupport.training import Work

if TYPE_CHECKING:
    from textsupport.config import Settings


def escalate(session: Session, now: datetime, settings: Settings, content: Content) -> dict:
    """Reroute off-shift and untrained peers' items, escalate unanswered overdue items, page on-call for
    overdue crises."""
    db.begin_write(session)
    untrained = _reroute_untrained(session, now, settings)
    off_shift = exists().where(
        StaffUser.id == QueueItem.assignee_id, StaffUser.on_shift.is_(False) | StaffUser.is_active.is_(False)
    )
    rerouted = session.scalars(
        update(QueueItem)
        .where(QueueItem.state == ItemState.OPEN, QueueItem.pool == Pool.PEER, off_shift, queue.REAL)
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
    return {
        "rerouted": len(rerouted), "rerouted_untrained": untrained, "escalated": len(overdue),
        "oncall_alerts": notified,
    }  # fmt: skip


UNTRAINED_NOTE = {
    Work.CASELOAD: "their peer worker's caseload training is not current",
    Work.CRISIS: "their peer worker's crisis training is not current",
}


def _reroute_untrained(session: Session, now: datetime, settings: Settings) -> int:
    """Inside the caller's transaction: unresolved items held by a peer worker whose training for that
    work has lapsed (crisis items: crisis training; others: caseload training) go to the supervisors'
    pool, unassigned and unclaimed, each with a `rerouted` event naming why. Practice items stay: a
    new worker practises before their training is complete."""
    holders = list(
        session.scalars(
            select(StaffUser.id)
            .where(StaffUser.role == Role.PEER_WORKER)
            .where(
                exists().where(
                    QueueItem.state.in_(queue.UNRESOLVED),
                    queue.REAL,
                    or_(QueueItem.assignee_id == StaffUser.id, QueueItem.owner_id == StaffUser.id),
                )
            )
        )
    )
    if not holders:
        return 0
    catalogue = training.for_settings(settings)
    today = clock.local_date(now, settings.program_tz)
    held = training_reads.completions(session, holders)
    moved = 0
    for work in Work:
        lapsed = [worker for worker in holders if training.gaps(catalogue, held.get(worker, []), work, today)]
        if lapsed:
            moved += _reroute(session, now, lapsed, work)
    return moved


def _reroute(session: Session, now: datetime, lapsed: list[int], work: Work) -> int:
    """Inside the caller's transaction: first hand back what a lapsed peer claimed, then take what is
    routed to them (an item someone else claimed stays with that person)."""
    kind = (QueueItem.level == Level.CRISIS) if work is Work.CRISIS else (QueueItem.level != Level.CRISIS)
    unresolved = (QueueItem.state.in_(queue.UNRESOLVED), kind, queue.REAL)  # practice stays with its trainee
    moved = set()
    for held, values in (
        (QueueItem.owner_id.in_(lapsed), {"owner_id": None, "state": ItemState.OPEN}),
        (QueueItem.assignee_id.in_(lapsed), {}),
    ):
        moved.update(
            session.scalars(
                update(QueueItem)
                .where(*unresolved, held)
                .values(pool=Pool.SUPERVISOR, assignee_id=None, **values)
                .returning(QueueItem.id)
                .execution_options(synchronize_session=False)
            ).all()
        )
    for item_id in sorted(moved):
        note = UNTRAINED_NOTE[work]
        session.add(QueueEvent(item_id=item_id, at=now, action=EventAction.REROUTED, note=note))
    return len(moved)
