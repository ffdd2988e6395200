"""A text arrives: store it once, act on keywords, triage it, answer, queue it for a human.

One transaction per webhook. Handling runs inside a savepoint after the insert, so if it fails
the reply is still stored and is queued as urgent for a human ("fail toward a human").
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from textsupport import clock, db, phones, triage
from textsupport.content import Content
from textsupport.models import AuditOutcome, InboundMessage, Level, Participant, ParticipantStatus
from textsupport.services import audit, replies, routing

log = logging.getLogger(__name__)
CLASSIFIER_ERROR = triage.Verdict("urgent", None, ("classifier error",))


@dataclass(frozen=True)
class Answer:
    """What to say back in the webhook's TwiML: nothing, or one message."""

    text: str | None = None


def receive(session: Session, form: Mapping[str, str], config: Mapping[str, Any], content: Content) -> Answer:
    """Handle one signed webhook from Twilio; a repeat of a MessageSid changes nothing."""
    verdict = _classify(form.get("Body") or "")  # pure work first: the write lock is held briefly
    db.begin_write(session)
    inbound_id = store(session, form)
    answer = Answer()
    if inbound_id is not None:
        try:
            with session.begin_nested():
                answer = _handle(session, inbound_id, verdict, config, content)
        except Exception:
            log.exception("inbound %s: handling failed; queued for a human", inbound_id)
            routing.fallback_item(session, inbound_id)
    session.commit()
    return answer


def store(session: Session, form: Mapping[str, str]) -> int | None:
    """Insert the reply verbatim once per MessageSid; None when this SID was already stored."""
    sid = (form.get("MessageSid") or form.get("SmsSid") or "").strip()
    if not sid:
        raise ValueError("a webhook without MessageSid")
    sender = (form.get("From") or "").strip()
    participant = _match(session, sender)
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    values = {
        "provider_sid": sid[:64],
        "participant_id": participant.id if participant else None,
        "from_phone": sender[:32],
        "to_phone": (form.get("To") or "")[:32] or None,
        "body": form.get("Body") or "",
        "num_media": int(form.get("NumMedia") or 0) if (form.get("NumMedia") or "0").isdigit() else 0,
        "received_at": clock.now(),
        "reasons": [],
        "extra": {},
    }
    statement = insert(InboundMessage).values(values).on_conflict_do_nothing().returning(InboundMessage.id)
    inbound_id = session.execute(statement).scalar()
    if inbound_id is not None:
        audit.record(session, "inbound_received", AuditOutcome.OK, target=("inbound", sid))
    return inbound_id


def _match(session: Session, sender: str) -> Participant | None:
    """The one participant who owns this phone, preferring those not withdrawn; None if unknown or shared."""
    try:
        phone = phones.normalise(sender)
    except phones.PhoneError:
        return None
    found = session.scalars(select(Participant).where(Participant.phone == phone)).all()
    current = [p for p in found if p.status is not ParticipantStatus.WITHDRAWN]
    candidates = current or found
    return candidates[0] if len(candidates) == 1 else None


def _handle(session: Session, inbound_id: int, verdict: triage.Verdict, config, content: Content) -> Answer:
    inbound = session.get(InboundMessage, inbound_id)
    inbound.level, inbound.keyword, inbound.reasons = (
        Level(verdict.level),
        verdict.keyword,
        list(verdict.reasons),
    )
    audit.record(
        session, "inbound_classified", AuditOutcome.OK, target=("inbound", inbound.provider_sid),
        detail=f"{verdict.level}: {', '.join(verdict.reasons)}",
    )  # fmt: skip
    participant = session.get(Participant, inbound.participant_id) if inbound.participant_id else None
    return Answer(replies.respond(session, inbound, participant, verdict, config, content))


def _classify(body: str) -> triage.Verdict:
    """The triage verdict, or 'urgent: classifier error' if classification breaks."""
    try:
        return triage.classify(body)
    except Exception:
        log.exception("triage failed; treating the reply as urgent")
        return CLASSIFIER_ERROR
