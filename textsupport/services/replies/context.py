"""The context a reply is read in: the last text we sent that phone, if it went out within 24 hours."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from textsupport import phones, triage
from textsupport.models import OutboundKind, OutboundMessage, Participant

log = logging.getLogger(__name__)
WINDOW = timedelta(hours=24)  # an older text is no longer what the reply answers (DOMAIN section 3)

# The newest text sent to anyone enrolled with this phone inside the window; staff notifications are not
# texts to the participant. Served by ix_outbound_messages_participant_id_scheduled_for.
_LAST_SENT = (
    select(OutboundMessage.kind, OutboundMessage.body)
    .join(Participant, Participant.id == OutboundMessage.participant_id)
    .where(
        Participant.phone == bindparam("phone"),
        OutboundMessage.kind != OutboundKind.NOTIFICATION,
        OutboundMessage.sent_at > bindparam("since"),
        OutboundMessage.sent_at <= bindparam("at"),
    )
    .order_by(OutboundMessage.sent_at.desc(), OutboundMessage.id.desc())
    .limit(1)
)


def last_sent(session: Session, sender: str, at: datetime) -> triage.Context | None:
    """Inside the caller's transaction (a read): the last text we sent this phone within WINDOW before
    `at`, as triage's context; None when there is none, the phone is not a number, or the read fails
    (the reply is then triaged alone: never lost for want of its context)."""
    try:
        phone = phones.normalise(sender)
    except phones.PhoneError:
        return None
    try:
        row = session.execute(_LAST_SENT, {"phone": phone, "since": at - WINDOW, "at": at}).first()
    except Exception:
        log.exception("inbound: the last text sent could not be read; triaged without its context")
        session.rollback()
        return None
    return triage.Context(str(row.kind), row.body) if row else None
