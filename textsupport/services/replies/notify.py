"""Tell the on-call staff a crisis is waiting: a link only, never the message text."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from sqlalchemy import Connection, insert, select
from sqlalchemy.orm import Session

from textsupport import clock
from textsupport.content import Content
from textsupport.models import AuditOutcome, OutboundKind, OutboundMessage, Participant, QueueItem
from textsupport.services.replies.handling import Handling
from textsupport.services.staff import audit

if TYPE_CHECKING:
    from textsupport.config import Settings

_ALERT = insert(OutboundMessage.__table__)


def on_call(
    work: Handling | Session,
    item: QueueItem | int,
    settings: Settings,
    content: Content,
    reason: str = "oncall",
    template: str = "staff/crisis_alert.txt",
) -> int:
    """Inside the caller's transaction: queue an urgent SMS to each on-call phone; returns how many.

    One alert per item, reason and phone: `reason` ("oncall" when it arrives, "overdue" past its SLA)
    is part of the idempotency key. A training participant's practice crisis pages nobody.

    On a reply's `Handling` the step joins the reply's audit trail; on a session it is its own entry.
    """
    item_id = item if isinstance(item, int) else item.id
    connection = work.connection if isinstance(work, Handling) else work.connection()
    phones = () if _practice(connection, item_id) else settings.oncall_phones
    base = (settings.public_base_url or "http://127.0.0.1:5000").rstrip("/")
    body = content.render(template, link=f"{base}/queue/items/{item_id}")
    now = work.now if isinstance(work, Handling) else clock.now()
    alerts = [
        {
            "kind": OutboundKind.NOTIFICATION,
            "idempotency_key": f"item:{item_id}:{reason}:{phone}",
            "to_phone": phone,
            "body": body,
            "urgent": True,
            "scheduled_for": now,
            "created_at": now,
            "updated_at": now,
        }
        for phone in phones
    ]
    if alerts:
        connection.execute(_ALERT, alerts)
    step = work.step if isinstance(work, Handling) else functools.partial(audit.record, work)
    step(
        "oncall_notified",
        AuditOutcome.OK,
        target=("queue_item", item_id),
        recipients=len(phones),
        reason=reason,
    )
    return len(phones)


def _practice(connection: Connection, item_id: int) -> bool:
    """Whether the item is about a training participant (a practice scenario)."""
    query = (
        select(Participant.training)
        .join(QueueItem, QueueItem.participant_id == Participant.id)
        .where(QueueItem.id == item_id)
    )
    return bool(connection.scalar(query))
