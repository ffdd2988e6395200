"""Contacts on a queue item: a reply by SMS through the outbox, and a logged call or visit.

Each is one transaction on casework's helpers: the form's one-time token, the item as this person
may work on it, one appended event and one audit row.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from textsupport import clock, db, whole_numbers
from textsupport.models import (
    SUPERVISING,
    EventAction,
    InboundMessage,
    OutboundKind,
    OutboundMessage,
    Participant,
    QueueItem,
    StaffUser,
)
from textsupport.services.programme import role_tags
from textsupport.services.queue import casework
from textsupport.services.queue.casework import CaseworkError

if TYPE_CHECKING:
    from textsupport.config import Settings

CONTACT_TYPES = {"phone": "Phone call", "in_person": "In person", "video": "Video call"}
MAX_CONTACT_MINUTES = 600
REPLY_MAX_CHARS = 640  # four SMS segments: long enough to help, short enough for a cheap phone
RECENT_REPLY = timedelta(hours=1)  # answering a text this fresh is not held for quiet hours


def reply(
    session: Session,
    item_id: int,
    user: StaffUser,
    text: str,
    token: str | None,
    settings: Settings,
    roles: Iterable[str] = (),
) -> OutboundMessage:
    """Queue an SMS to the participant through the outbox, tagged with the peer roles it served; the
    form's token makes a resubmit harmless."""
    body = casework.required_text(text, "a reply", REPLY_MAX_CHARS)
    codes = role_tags.checked(roles, settings)
    db.begin_write(session)
    casework.spend(session, token, user, EventAction.REPLIED)
    item = casework.item_to_work(session, item_id, user)
    casework.must_work_on(item, user)
    participant = session.get(Participant, item.participant_id) if item.participant_id else None
    if participant is not None and participant.sms_opted_out_at is not None:
        raise CaseworkError("They have opted out of texts (STOP), so no SMS can be sent. Log a call instead.")
    if participant is not None and not participant.in_study:
        raise CaseworkError("They have withdrawn from the study, so no SMS can be sent. Log a call instead.")
    if participant is not None and not participant.in_intervention and not user.has_role(*SUPERVISING):
        raise CaseworkError(
            "They have withdrawn from the intervention, so peer contact has stopped. Release the item for "
            "a supervisor."
        )
    to_phone = None if participant else _sender(session, item)
    if participant is None and not to_phone:
        raise CaseworkError("There is no number to reply to.")
    now = clock.now()
    key = f"item:{item.id}:reply:{(token or '').strip()[:40] or now.isoformat()}"
    outbound = OutboundMessage(
        participant_id=participant.id if participant else None,
        staff_user_id=user.id,
        kind=OutboundKind.STAFF_REPLY,
        idempotency_key=key,
        to_phone=to_phone,
        body=body,
        urgent=_replied_recently(session, item, participant, to_phone, now),
        scheduled_for=now,
        created_at=now,
        updated_at=now,
    )
    try:
        with session.begin_nested():
            session.add(outbound)
    except IntegrityError:
        session.rollback()  # this form was already sent: the first submit stands
        return session.scalar(select(OutboundMessage).where(OutboundMessage.idempotency_key == key))
    event = casework.record(
        session, item.id, user, EventAction.REPLIED, now, outbound_id=outbound.id, urgent=outbound.urgent
    )
    role_tags.tag(session, event, codes, user)
    session.commit()
    return outbound


def _sender(session: Session, item: QueueItem) -> str | None:
    if item.inbound_id is None:
        return None
    return session.scalar(select(InboundMessage.from_phone).where(InboundMessage.id == item.inbound_id))


def _replied_recently(session, item, participant, to_phone, now: datetime) -> bool:
    """True when their last text came within the hour: then our answer may go in quiet hours."""
    where = (
        InboundMessage.participant_id == participant.id
        if participant
        else InboundMessage.from_phone == to_phone
    )
    latest = session.scalar(select(func.max(InboundMessage.received_at)).where(where))
    return latest is not None and clock.as_utc(latest) >= now - RECENT_REPLY


def log_contact(
    session: Session,
    item_id: int,
    user: StaffUser,
    kind: str,
    minutes: Any,
    note: str,
    *,
    settings: Settings | None = None,  # needed only with roles: the list of roles is configured
    roles: Iterable[str] = (),
    token=None,
) -> None:
    """Record a phone or in-person contact: its type, its length, a note and the peer roles it served."""
    codes = role_tags.checked(roles, settings)
    if kind not in CONTACT_TYPES:
        raise CaseworkError(f"Choose the type of contact: {', '.join(CONTACT_TYPES.values())}.")
    duration = whole_numbers.parse(str(minutes), 1, MAX_CONTACT_MINUTES)
    if duration is None:
        raise CaseworkError(f"Duration must be a whole number of minutes, from 1 to {MAX_CONTACT_MINUTES}.")
    note = casework.required_text(note, "a note about the contact")
    db.begin_write(session)
    casework.spend(session, token, user, EventAction.CONTACT)
    item = casework.item_to_work(session, item_id, user)
    casework.must_work_on(item, user)
    event = casework.record(
        session, item.id, user, EventAction.CONTACT, clock.now(), note=note, minutes=duration, type=kind
    )
    role_tags.tag(session, event, codes, user)
    session.commit()
