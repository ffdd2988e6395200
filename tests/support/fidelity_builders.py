"""Builders for fidelity: a peer worker's reply or logged contact at an instant, tagged with roles
(hand-built, so a test states every figure it expects)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy.orm import Session

from textsupport.models import ContactRole, EventAction, QueueEvent, QueueItem, StaffUser


def contact(
    session: Session,
    item: QueueItem,
    worker: StaffUser,
    at: datetime,
    roles: Iterable[str] = (),
    *,
    action: EventAction = EventAction.CONTACT,
) -> QueueEvent:
    """A contact (a phone call of 10 minutes) or reply by `worker` on `item` at `at`, with its roles."""
    data = {"type": "phone"} if action is EventAction.CONTACT else {}
    minutes = 10 if action is EventAction.CONTACT else None
    event = QueueEvent(item_id=item.id, at=at, actor_id=worker.id, action=action, minutes=minutes, data=data)
    session.add(event)
    session.flush()
    session.add_all(
        ContactRole(event_id=event.id, role_code=code, tagged_by_id=worker.id, tagged_at=at) for code in roles
    )
    session.commit()
    return event
