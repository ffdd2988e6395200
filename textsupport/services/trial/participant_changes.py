"""Changes to one participant that several use cases make: opted out, planned texts cancelled, phone flagged.

Each runs inside the caller's transaction (a STOP reply, a withdrawal, a failed or undelivered send).
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import Connection, select, update
from sqlalchemy.orm import Session

from textsupport.models import (
    ItemKind,
    ItemState,
    Level,
    OutboundKind,
    OutboundMessage,
    OutboundStatus,
    Participant,
    Pool,
    QueueItem,
)

if TYPE_CHECKING:
    from textsupport.services.replies.routing import Enrolled

PHONE_TASK_SLA = timedelta(hours=24)


def mark_opted_out(session: Session, participant: Participant, now: datetime) -> None:
    """Inside the caller's transaction: the person said STOP; record it, cancel every planned text."""
    participant.sms_opted_out_at = participant.sms_opted_out_at or now
    cancel_planned(session, participant, "opted out", now)


def cancel_planned(
    session: Session | Connection,
    participant: Participant | Enrolled,
    reason: str,
    now: datetime,
    kinds: Collection[OutboundKind] | None = None,
) -> None:
    """Inside the caller's transaction: cancel the participant's planned texts (opt-out, withdrawal,
    invalid number).

    With `kinds`, only those (a withdrawal from the intervention keeps research follow-up texts).
    """
    planned = [
        OutboundMessage.participant_id == participant.id,
        OutboundMessage.status == OutboundStatus.PLANNED,
    ]
    if kinds is not None:
        planned.append(OutboundMessage.kind.in_(sorted(kinds)))
    session.execute(
        update(OutboundMessage)
        .where(*planned)
        .values(status=OutboundStatus.CANCELLED, last_error=reason, updated_at=now)
    )


def flag_phone(session: Session, participant: Participant, problem: str, now: datetime) -> None:
    """Inside the caller's transaction: flag the phone ('invalid' or 'unreachable'), open one task."""
    participant.phone_problem = problem
    if problem == "invalid":
        cancel_planned(session, participant, "invalid number", now)
    open_task = select(QueueItem.id).where(
        QueueItem.participant_id == participant.id,
        QueueItem.kind == ItemKind.VERIFY_PHONE,
        QueueItem.state != ItemState.RESOLVED,
    )
    if session.scalar(open_task) is None:
        session.add(
            QueueItem(
                participant_id=participant.id,
                kind=ItemKind.VERIFY_PHONE,
                level=Level.ROUTINE,
                reasons=[f"phone {problem}: verify the number with the participant"],
                pool=Pool.STAFF,
                state=ItemState.OPEN,
                due_at=now + PHONE_TASK_SLA,
                created_at=now,
            )
        )
