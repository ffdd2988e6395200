"""What we do and say for one classified reply: keywords, crisis resources, acknowledgements."""

from __future__ import annotations

import dataclasses
from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, bindparam, func, insert, select, update

from textsupport import clock, triage
from textsupport.content import ENGLISH, Content
from textsupport.models import (
    Arrival,
    AuditOutcome,
    ItemKind,
    Level,
    OutboundKind,
    OutboundMessage,
    OutboundStatus,
    Participant,
)
from textsupport.services.replies import notify, routing
from textsupport.services.replies.handling import Handling
from textsupport.services.trial import participant_changes

if TYPE_CHECKING:
    from textsupport.config import Settings

CRISIS_REPLY_EVERY = timedelta(hours=1)
# the first reason on the item of a crisis where another person may be hurt now (staff read it as "Why")
EMERGENCY_REASON = "another person may be in danger now: the answer led with 911"
_AUTO_REPLY = insert(OutboundMessage.__table__)
_PARTICIPANTS = Participant.__table__
_SUBSCRIPTION = (
    update(_PARTICIPANTS)
    .where(_PARTICIPANTS.c.id == bindparam("owner"))
    .values(sms_opted_out_at=bindparam("opted_out_at"))
)


def respond(
    work: Handling,
    reply: routing.Reply,
    sender: routing.Sender,
    verdict: triage.Verdict,
    settings: Settings,
    content: Content,
    keyword_language: str | None = None,
) -> str | None:
    """Inside the caller's transaction: act on the verdict; return the TwiML answer's text, if any.

    The answer is in the participant's language; to a number nobody owns, in the language of the
    keyword it sent (AIDE: French), else English.
    """
    now = work.now
    participant = sender.participant
    language = answer_language(participant, keyword_language)
    if verdict.keyword in ("STOP", "START"):
        sender = _subscription(work, sender, verdict.keyword, now)
        participant = sender.participant
        if not verdict.answered:
            return None  # Twilio confirms opt-out and opt-in itself: no text of ours on top
        # a "yes" that answers our question is a reply as well: triaged and queued like any other
    level, reasons = Level(verdict.level), list(verdict.reasons)
    if level is Level.CRISIS and verdict.emergency:
        reasons = [EMERGENCY_REASON, *reasons]
    if verdict.keyword == "HELP":
        if level is not Level.ROUTINE:  # a bare HELP may be a cry for help
            routing.open_item(work, reply, sender, level, reasons, settings, ItemKind.HELP, now)
        return _auto_reply(work, reply, participant, "help", "replies/help.txt", content, language)
    if verdict.opt_out_request and level is not Level.CRISIS:  # one staff task, never an unsubscribe
        routing.open_item(work, reply, sender, level, reasons, settings, ItemKind.OPT_OUT_REQUEST, now)
        return _auto_reply(
            work, reply, participant, "opt_out_request", "replies/opt_out_request.txt", content, language
        )
    routing.open_item(work, reply, sender, level, reasons, settings, ItemKind.REPLY, now)
    if level is Level.CRISIS:
        notify.on_call(work, work.queued_item(), settings, content)
        return crisis_reply(work, reply, sender, content, verdict.emergency, language)
    if participant is None:
        return _auto_reply(work, reply, None, "unknown", "replies/unknown_sender.txt", content, language)
    if level is Level.URGENT:
        return _auto_reply(work, reply, participant, "urgent", "replies/urgent.txt", content, language)
    if _first_reply_today(sender, now):
        return _auto_reply(work, reply, participant, "ack", "replies/acknowledgement.txt", content, language)
    return None


def answer_language(
    participant: routing.Enrolled | Participant | None, keyword_language: str | None = None
) -> str:
    """The participant's language; for a number nobody owns, the keyword's, else English."""
    if participant is not None:
        return str(participant.language)
    return keyword_language or ENGLISH


def crisis_template(emergency: bool) -> str:
    """The crisis answer: 911 first when another person may be hurt now, else 9-8-8 first."""
    return "replies/crisis_someone_else.txt" if emergency else "replies/crisis.txt"


def crisis_reply(
    work: Handling,
    reply: routing.Reply,
    sender: routing.Sender,
    content: Content,
    emergency: bool = False,
    language: str | None = None,
) -> str | None:
    """Inside the caller's transaction: the crisis resources, at most once an hour per phone (outboxed)."""
    if _crisis_replied_recently(work.connection, reply, work.now):
        return None
    language = language or answer_language(sender.participant)
    template = crisis_template(emergency)
    return _auto_reply(work, reply, sender.participant, "crisis", template, content, language)


def _subscription(work: Handling, sender: routing.Sender, keyword: str, now) -> routing.Sender:
    """STOP or START applies to the phone: to everyone enrolled with it, as Twilio's own block does.

    Returns the sender as it now stands (opted out, or back in), for the rest of the handling.
    """
    owners = []
    for owner in sender.owners:
        opted_out_at = (owner.sms_opted_out_at or now) if keyword == "STOP" else None
        # missed days are not back-filled on START: the planner plans today
        work.connection.execute(_SUBSCRIPTION, {"owner": owner.id, "opted_out_at": opted_out_at})
        if keyword == "STOP":
            participant_changes.cancel_planned(work.connection, owner, "opted out", now)
        work.step(f"sms_{keyword.lower()}", AuditOutcome.OK, target=("participant", owner.study_id))
        owners.append(dataclasses.replace(owner, sms_opted_out_at=opted_out_at))
    participant = sender.participant
    if participant is not None:
        participant = next(owner for owner in owners if owner.id == participant.id)
    return dataclasses.replace(sender, participant=participant, owners=tuple(owners))


def _auto_reply(
    work: Handling, reply, participant, reason: str, template: str, content: Content, language: str = ENGLISH
) -> str | None:
    """Record the TwiML answer as a sent auto_reply (unique per reply and reason) and return its text.

    A late reply had no TwiML answer of ours: only crisis resources are kept. A spooled crisis was given
    them by the webhook from the rules alone (recorded as sent); one found by the backstop never was, so
    they are queued to go out now.
    """
    if participant is not None and participant.sms_opted_out_at is not None:
        return None  # Twilio would refuse it; the queue item still reaches a human
    if reply.arrival is not Arrival.WEBHOOK and reason != "crisis":
        return None  # an acknowledgement hours late helps nobody; the queue item reaches a human
    planned = reply.arrival is Arrival.BACKSTOP
    name = participant.first_name if participant else None
    text = content.render(template, name, language=language)
    now = work.now
    work.connection.execute(
        _AUTO_REPLY,
        {
            "participant_id": participant.id if participant else None,
            "kind": OutboundKind.AUTO_REPLY,
            "idempotency_key": f"inbound:{reply.provider_sid}:{reason}",
            "to_phone": reply.from_phone[:16],
            "body": text,
            "urgent": True,
            "scheduled_for": now,
            # sent by Twilio as this webhook's TwiML answer, or for the dispatcher to send
            "status": OutboundStatus.PLANNED if planned else OutboundStatus.SENT,
            "sent_at": None if planned else now,
            "created_at": now,
            "updated_at": now,
        },
    )
    work.step("auto_replied", AuditOutcome.OK, detail=reason, reason=reason)
    return None if planned else text


def _crisis_replied_recently(connection: Connection, reply: routing.Reply, now) -> bool:
    """At most one crisis auto-reply per phone per hour, counting one queued to go out (a late reply's)."""
    recent = select(func.count()).where(
        OutboundMessage.kind == OutboundKind.AUTO_REPLY,
        OutboundMessage.to_phone == reply.from_phone[:16],
        OutboundMessage.idempotency_key.like("%:crisis"),
        func.coalesce(OutboundMessage.sent_at, OutboundMessage.scheduled_for) > now - CRISIS_REPLY_EVERY,
    )
    return bool(connection.scalar(recent))


def _first_reply_today(sender: routing.Sender, now) -> bool:
    """True when no earlier reply came from this participant on their local date.

    `sender.last_reply_at` was read before this reply was stored, under the webhook's write lock
    on SQLite, in the same query that found the participant.
    """
    return sender.last_reply_at is None or sender.last_reply_at < _local_day_start(sender.participant, now)


def _local_day_start(participant: routing.Enrolled | Participant, now) -> datetime:
    """The UTC instant the participant's local day began."""
    zone = ZoneInfo(participant.tz)
    return clock.at_local_time(clock.local_date(now, zone), time(0), zone)
