"""Builders for the reply queue: a stored reply with its open item, as the webhook would leave them."""

from __future__ import annotations

import itertools
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from tests.support.builders import NOW
from textsupport.models import InboundMessage, ItemState, Level, Participant, Pool, QueueEvent, QueueItem

_sids = itertools.count(1)
SLA = {
    Level.CRISIS: timedelta(minutes=15),
    Level.URGENT: timedelta(hours=4),
    Level.ROUTINE: timedelta(hours=24),
}


def make_inbound(
    session: Session,
    participant: Participant | None,
    *,
    level: Level = Level.URGENT,
    body: str = "rough day, could someone call me",
    at: datetime = NOW,
    from_phone: str | None = None,
) -> InboundMessage:
    """A saved reply from `participant` (or an unknown number), with no queue item of its own."""
    inbound = InboundMessage(
        provider_sid=f"SMB{next(_sids):031d}",
        participant_id=participant.id if participant else None,
        from_phone=from_phone or (participant.phone if participant else "+17805559999"),
        body=body,
        received_at=at,
        level=level,
        reasons=["test"],
        extra={},
    )
    session.add(inbound)
    session.flush()
    return inbound


def make_item(
    session: Session,
    participant: Participant | None,
    *,
    level: Level = Level.URGENT,
    pool: Pool = Pool.STAFF,
    assignee_id: int | None = None,
    body: str = "rough day, could someone call me",
    at: datetime = NOW,
    from_phone: str | None = None,
) -> QueueItem:
    """A saved reply from `participant` (or an unknown number) and its open queue item."""
    inbound = make_inbound(session, participant, level=level, body=body, at=at, from_phone=from_phone)
    item = QueueItem(
        participant_id=participant.id if participant else None,
        inbound_id=inbound.id,
        kind="reply",
        level=level,
        reasons=["test"],
        pool=pool,
        assignee_id=assignee_id,
        state=ItemState.OPEN,
        due_at=at + SLA[level],
        created_at=at,
    )
    session.add(item)
    session.flush()
    session.add(QueueEvent(item_id=item.id, at=at, action="opened", data={}))
    session.commit()
    return item
