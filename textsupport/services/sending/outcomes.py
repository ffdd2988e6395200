"""What happened to one send, recorded in its own transaction, and what it means for the person."""

from __future__ import annotations

import random
import time
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from textsupport import db, sms
from textsupport.models import (
    DeliveryEvent,
    OutboundKind,
    OutboundMessage,
    OutboundStatus,
    Participant,
)
from textsupport.services.trial import started
from textsupport.services.trial.participant_changes import flag_phone, mark_opted_out
from textsupport.sms import Failure, SendError, SendResult, SmsGateway

PROGRAMME_TEXTS = (OutboundKind.WELCOME, OutboundKind.DAILY)  # the first one sent starts a texting arm
QUICK_RETRIES = 3  # in-process tries for 429 and refused connections, with jittered backoff
MAX_ATTEMPTS = 5  # claims before a text is given up as failed


@dataclass(frozen=True)
class Job:
    """One claimed text, ready to send."""

    outbound_id: int
    to: str
    body: str
    segments: int
    participant_id: int | None = None
    training: bool = False  # to a training participant: only ever through the console (sms.for_recipient)
    kind: OutboundKind | None = None  # a welcome or daily text starts a texting arm (recording.py)


def send_with_retries(gateway: SmsGateway, job: Job, callback: str | None) -> SendResult | SendError:
    """Send once, retrying only failures that prove nothing was sent."""
    for attempt in range(QUICK_RETRIES):
        try:
            return sms.for_recipient(gateway, job.training).send(job.to, job.body, callback)
        except SendError as error:
            if error.failure is not Failure.RETRY or attempt == QUICK_RETRIES - 1:
                return error
            time.sleep((0.2 * 2**attempt) * random.uniform(0.5, 1.5))  # noqa: S311 (jitter, not security)
    raise AssertionError("unreachable")


def record(session: Session, job: Job, outcome: SendResult | SendError, now: datetime) -> str:
    """Store the outcome on the row and its consequences; returns the report counter."""
    db.begin_write(session)
    row = session.get(OutboundMessage, job.outbound_id)
    row.updated_at = now
    if isinstance(outcome, SendResult):
        _mark_sent(session, row, outcome, now)
        counter = "sent"
    else:
        counter = _mark_failed(session, row, outcome, now)
    session.commit()
    return counter


@dataclass(frozen=True)
class Unsettled:
    """An 'unknown' row as it was read, before asking the provider (outside any transaction)."""

    outbound_id: int
    to: str
    body: str
    since: datetime
    attempts: int
    training: bool = False  # to a training participant: looked up only at the console


def look_up(gateway: SmsGateway, row: Unsettled, known: frozenset[str]) -> SendResult | SendError | None:
    """Ask the provider whether it has the text; its answer, or the error that kept it from answering."""
    try:
        return sms.for_recipient(gateway, row.training).find_sent(row.to, row.body, row.since, known)
    except SendError as error:
        return error


def settle(session: Session, row: Unsettled, found: SendResult | None, now: datetime) -> str:
    """Inside the caller's transaction: settle the row if it is still as it was read; the report counter.

    Compare-and-set: another dispatcher may have settled it (and even sent it again) meanwhile, so a
    row no longer 'unknown' with the same attempts is left alone; otherwise a stale 'not found' would
    plan a text that is already on its way, and it would go twice.
    """
    current = session.get(OutboundMessage, row.outbound_id, with_for_update=True)
    if current is None or current.status is not OutboundStatus.UNKNOWN or current.attempts != row.attempts:
        return "unknown_settled_elsewhere"
    current.updated_at = now
    if found is not None:
        _mark_sent(session, current, found, now)
        return "sent"
    if current.attempts >= MAX_ATTEMPTS:
        current.status, current.last_error = OutboundStatus.FAILED, "gave up after repeated ambiguous sends"
        return "failed"
    current.status = OutboundStatus.PLANNED  # the provider never got it: safe to send again
    return "retried"


def _mark_sent(session: Session, row: OutboundMessage, result: SendResult, now: datetime) -> None:
    row.provider_sid, row.sent_at, row.last_error = result.provider_sid, now, None
    row.status = OutboundStatus.SENT
    if row.participant_id is not None and row.kind in PROGRAMME_TEXTS:
        started.mark(session, row.participant_id, now, started.TEXTED)
    # A status callback can arrive before this commit; it was stored as an orphan by SID.
    for status in session.scalars(
        select(DeliveryEvent.status).where(DeliveryEvent.provider_sid == result.provider_sid)
    ):
        advance(row, status)


def advance(row: OutboundMessage, provider_status: str) -> bool:
    """Move `row` to the status Twilio reported, never backwards. True when it moved."""
    mapped = PROVIDER_STATUS.get(provider_status)
    if mapped is None or mapped.rank <= row.status.rank:
        return False
    row.status = mapped
    return True


PROVIDER_STATUS = {
    "accepted": OutboundStatus.SENT,
    "queued": OutboundStatus.SENT,
    "sending": OutboundStatus.SENT,
    "sent": OutboundStatus.SENT,
    "delivered": OutboundStatus.DELIVERED,
    "undelivered": OutboundStatus.UNDELIVERED,
    "failed": OutboundStatus.FAILED,
}


def _mark_failed(session: Session, row: OutboundMessage, error: SendError, now: datetime) -> str:
    row.last_error, row.error_code = error.detail[:255], error.code
    participant = session.get(Participant, row.participant_id) if row.participant_id else None
    if error.failure is Failure.AMBIGUOUS:
        row.status = OutboundStatus.UNKNOWN
        return "unknown"
    if error.failure is Failure.RETRY and row.attempts < MAX_ATTEMPTS:
        row.status = OutboundStatus.PLANNED
        row.scheduled_for = now + timedelta(seconds=30 * 2**row.attempts)
        return "retried"
    row.status = OutboundStatus.FAILED
    if participant is not None and error.failure is Failure.OPTED_OUT:
        mark_opted_out(session, participant, now)
    elif participant is not None and error.failure is Failure.INVALID_NUMBER:
        flag_phone(session, participant, "invalid", now)
    return "failed"
