"""Delivery status callbacks: store every one, move the message forward only, notice dead phones.

A callback the database could not take was spooled by the webhook (textsupport/spool.py, the
status sibling of the replies' spool); `replay_spool` applies it later through the same rules, so a
late "sent" never undoes a "delivered" that came meanwhile. Live or replayed, a callback is stored
once by construction: its `callback_key`, computed from its signed fields, is unique, and both paths
insert-or-ignore on it. So a callback whose commit raised though it had committed (the webhook then
spooled it too) is not stored again by the replay, nor a callback Twilio sends twice.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from textsupport import clock, db, spool, whole_numbers
from textsupport.db import Database
from textsupport.models import DeliveryEvent, OutboundMessage, OutboundStatus, Participant
from textsupport.services.sending import outcomes
from textsupport.services.trial import participant_changes

log = logging.getLogger(__name__)
UNREACHABLE_AFTER = 3  # undelivered texts in a row before staff are asked to verify the phone
FAILED = (OutboundStatus.UNDELIVERED, OutboundStatus.FAILED)
MAX_ERROR_CODE = 999_999
_EVENTS = DeliveryEvent.__table__
# A callback's event: insert-or-ignore on its callback key, built once per dialect.
_STORE_ONCE = {
    name: dialect.insert(_EVENTS)
    .on_conflict_do_nothing(index_elements=["callback_key"])
    .returning(_EVENTS.c.id)
    for name, dialect in (("postgresql", postgresql), ("sqlite", sqlite))
}


@dataclass(frozen=True)
class Spooled:
    """A callback replayed from the spool: when the webhook got it."""

    received_at: datetime


def callback_key(form: Mapping[str, str]) -> str:
    """The callback named by its fields as Twilio signed them, the same live and replayed (the spool
    keeps the form as posted): 128 bits of SHA-256 over the sorted fields, first value of each."""
    fields = sorted((name, form.get(name) or "") for name in form)
    return hashlib.sha256(json.dumps(fields, ensure_ascii=False).encode()).hexdigest()[:32]


class NotStored(Exception):  # noqa: N818 (a state, not a bug)
    """The database could not take the callback (unreachable, or failed mid-way): spool it."""


def record_status(session: Session, form: Mapping[str, str], spooled: Spooled | None = None) -> str:
    """Store one status callback; returns 'stored', 'orphan' (unknown SID), 'ignored', or 'repeat' (this
    callback is already stored: sent twice, or replayed after a commit that raised yet committed).
    Raises NotStored, naming the error's class, when the database cannot take it."""
    try:
        return _record(session, form, spooled)
    except SQLAlchemyError as error:
        with contextlib.suppress(SQLAlchemyError):
            session.rollback()
        raise NotStored(type(error).__name__) from None


def _record(session: Session, form: Mapping[str, str], spooled: Spooled | None) -> str:
    db.begin_write(session)
    # Held to the columns' widths, without NUL (no PostgreSQL text can hold one): never a 500.
    sid = _field(form.get("MessageSid") or form.get("SmsSid"), 64)
    status = _field(form.get("MessageStatus") or form.get("SmsStatus"), 32)
    if not sid or not status:
        return "ignored"
    # Twilio's codes have five digits; anything else is kept out of the way (the callback is stored).
    error_code = whole_numbers.parse(form.get("ErrorCode"), 0, MAX_ERROR_CODE)
    # Locked (PostgreSQL; SQLite's write lock is already held): two callbacks for one text, one live
    # and one replayed, cannot both move it from the same status.
    row = session.scalar(select(OutboundMessage).where(OutboundMessage.provider_sid == sid).with_for_update())
    now = clock.now()
    event = {
        "outbound_id": row.id if row else None,
        "provider_sid": sid,
        "status": status,
        "error_code": error_code,
        "received_at": spooled.received_at if spooled else now,
        "callback_key": callback_key(form),
    }
    if session.scalar(_STORE_ONCE[session.get_bind().dialect.name].values(**event)) is None:
        session.rollback()
        return "repeat"
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


def replay_spool(database: Database, path: str | Path) -> dict[str, int]:
    """Apply every spooled status callback, oldest first, and drop its line; stop while the database is
    still unavailable. A line stored but not yet dropped (a kill in between) is stored once anyway."""
    entries = spool.read(path)
    done: list[str] = []
    try:
        for entry in entries:
            with database.sessionmaker() as session:
                try:
                    record_status(session, entry.form, Spooled(entry.received_at))
                except NotStored as failure:
                    waiting = len(entries) - len(done)
                    log.warning(
                        "status spool: the database is still unavailable (%s); %d wait", failure, waiting
                    )
                    return {"statuses_replayed": len(done), "statuses_waiting": waiting}
            done.append(entry.key)
    finally:
        if entries:
            spool.remove(path, done)
    return {"statuses_replayed": len(done), "statuses_waiting": 0}


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
