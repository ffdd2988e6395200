"""Who must look at a reply: queue items routed by level and arm, with their SLA."""

from __future__ import annotations

from datetime import datetime, timedelta

from flask import current_app, has_app_context
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from textsupport import clock
from textsupport.models import (
    PEER_ARMS,
    Allocation,
    AuditOutcome,
    InboundMessage,
    ItemState,
    Level,
    Participant,
    Pool,
    QueueEvent,
    QueueItem,
    StaffUser,
)
from textsupport.services import audit

SLA = {
    Level.CRISIS: timedelta(minutes=15),
    Level.URGENT: timedelta(hours=4),
    Level.ROUTINE: timedelta(hours=24),
}  # the defaults; QUEUE_SLA_MINUTES overrides them


def sla(level: Level) -> timedelta:
    """How long an item of `level` may wait: QUEUE_SLA_MINUTES in the app, else the defaults."""
    if has_app_context() and "QUEUE_SLA_MINUTES" in current_app.config:
        return timedelta(minutes=current_app.config["QUEUE_SLA_MINUTES"][level.value])
    return SLA[level]


def route(session: Session, participant: Participant | None, level: Level) -> tuple[Pool, int | None]:
    """(pool, assigned peer): unknown senders to admins; peers only for peer arms, never alone on a crisis.

    A crisis goes to the supervisors' pool; the participant's peer, when on shift, is assigned too so
    it shows in their queue, but the supervisors own it.
    """
    if participant is None:
        return Pool.ADMIN, None
    arm = session.scalar(select(Allocation.arm).where(Allocation.participant_id == participant.id))
    if arm not in PEER_ARMS or participant.peer_worker_id is None:
        # TEXT and TAU never reach a peer: that would contaminate the arm
        return (Pool.SUPERVISOR if level is Level.CRISIS else Pool.STAFF), None
    peer = session.get(StaffUser, participant.peer_worker_id)
    if peer is None or not peer.is_active or not peer.on_shift:
        return Pool.SUPERVISOR, None
    return (Pool.SUPERVISOR if level is Level.CRISIS else Pool.PEER), peer.id


def open_item(
    session: Session,
    inbound: InboundMessage,
    participant: Participant | None,
    level: Level,
    reasons: list[str],
    kind: str = "reply",
    now: datetime | None = None,
) -> QueueItem:
    """Open one queue item of `kind` for this reply (unique per reply and kind), with its first event."""
    now = now or clock.now()
    pool, assignee = route(session, participant, level)
    item = QueueItem(
        participant_id=participant.id if participant else None,
        inbound_id=inbound.id,
        kind=kind,
        level=level,
        reasons=reasons,
        pool=pool,
        assignee_id=assignee,
        state=ItemState.OPEN,
        due_at=now + sla(level),
        created_at=now,
    )
    session.add(item)
    session.flush()
    session.add(
        QueueEvent(item_id=item.id, at=now, action="opened", data={"pool": pool.value, "reasons": reasons})
    )
    audit.record(
        session, "inbound_queued", AuditOutcome.OK, target=("queue_item", item.id), detail=f"{level}: {pool}"
    )
    return item


def fallback_item(session: Session, inbound_id: int) -> None:
    """Handling a reply failed: queue it as urgent for a human, in the webhook's own transaction."""
    inbound = session.get(InboundMessage, inbound_id)
    participant = session.get(Participant, inbound.participant_id) if inbound.participant_id else None
    try:
        with session.begin_nested():
            open_item(
                session, inbound, participant, Level.URGENT, ["processing error: please read this reply"]
            )
    except IntegrityError:
        pass  # its item already exists
