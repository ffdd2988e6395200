"""Delivery status callbacks: store every one, move the message forward only, notice dead phones."""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from textsupport import clock, db, whole_numbers
from textsupport.models import DeliveryEvent, OutboundMessage, OutboundStatus, Participant
from textsupport.services.sending import outcomes
from textsupport.services.trial import participant_changes

UNREACHABLE_AFTER = 3  # undelivered texts in a row before staff are asked to verify the phone
FAILED = (OutboundStatus.UNDELIVERED, OutboundStatus.FAILED)
MAX_ERROR_CODE = 999_999


def record_status(session: Session, form: Mapping[str, str]) -> str:
    """Store one status callback; returns 'stored', 'orphan' (unknown SID) or 'ignored'."""
    db.begin_write(session)
    # Held to the columns' widths, without NUL (no PostgreSQL text can hold one): never a 500.
    sid = _field(form.get("MessageSid") or form.get("SmsSid"), 64)
    status = _field(form.get("MessageStatus") or form.get("SmsStatus"), 32)
    if not sid or not status:
        return "ignored"
    # Twilio's codes have five digits; anything else is kept out of the way (the callback is stored).
    error_code = whole_numbers.parse(form.get("ErrorCode"), 0, MAX_ERROR_CODE)
    row = session.scalar(select(OutboundMessage).where(OutboundMessage.provider_sid == sid))
    now = clock.now()
    session.add(
        DeliveryEvent(
            outbound_id=row.id if row else None,
            provider_sid=sid,
            status=status,
            error_code=error_code,
            received_at=now,
        )
    )
    if row is None:
        session.commit()
        return "orphan"
    if outcomes.advance(row, status):
        row.updated_at = now
        row.error_code = error_code or row.error_code
        if row.status in FAILED and row.participant_id is not None:
            _after_failure(session, row, error_code, now)
    session.commit()
    return "stored"


def _field(value: str | None, width: int) -> str:
    return (value or "").replace("\x00", "").strip()[:width]


def _after_failure(session: Session, row: OutboundMessage, error_code: int | None, now) -> None:
    participant = session.get(Participant, row.participant_id)
    if error_code == 21610:
        participant_changes.mark_opted_out(session, participant, now)
        return
    session.flush()
    recent = session.scalars(
        select(OutboundMessage.status)
        .where(OutboundMessage.participant_id == participant.id, OutboundMessage.sent_at.is_not(None))
        .order_by(OutboundMessage.sent_at.desc(), OutboundMessage.id.desc())
        .limit(UNREACHABLE_AFTER)
    ).all()
    if len(recent) == UNREACHABLE_AFTER and all(status in FAILED for status in recent):
        participant_changes.flag_phone(session, participant, "unreachable", now)
