"""Replies stored after the fact: the spool replayed once the database is back, and the backstop.

Each reply goes through the webhook's own use case (inbound.receive), marked late: stored once by
MessageSid (insert-or-ignore), triaged and queued as usual, with the time it was received kept.

The backstop lists the texts Twilio received for our numbers since the last complete pass (less an
overlap) and stores any we never got: a webhook lost, misconfigured or answered by a dead process.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite

from textsupport import db, spool
from textsupport.content import Content
from textsupport.db import Database
from textsupport.models import Arrival, InboundMessage, ProviderCheckpoint
from textsupport.services.replies import inbound
from textsupport.sms import Received, SendError, SmsGateway

if TYPE_CHECKING:
    from textsupport.config import Settings

log = logging.getLogger(__name__)
CHUNK = 100  # lines stored before the spool is rewritten: progress survives a kill
BACKSTOP = "inbound_backstop"  # its checkpoint's name
OVERLAP = timedelta(minutes=15)  # listed again each pass: Twilio's list may lag a little
FIRST_LOOKBACK = timedelta(days=1)  # the first pass ever looks this far back
SETTLE = timedelta(minutes=2)  # younger texts are left to their webhook, which may still be on its way
_CHECKPOINT = ProviderCheckpoint.__table__


def replay_spool(database: Database, settings: Settings, content: Content) -> dict[str, int]:
    """Store every spooled reply, oldest first, and drop its line; stop at the first that cannot be stored."""
    entries = spool.read(settings.inbound_spool)
    stored = 0
    for start in range(0, len(entries), CHUNK):
        done = []
        for entry in entries[start : start + CHUNK]:
            late = inbound.Late(Arrival.SPOOL, entry.received_at)
            try:
                inbound.receive(database.engine, entry.form, settings, content, late)
            except inbound.NotStored:
                waiting = len(entries) - stored
                log.warning("spool: the database is still unavailable; %d replies wait", waiting)
                spool.remove(settings.inbound_spool, done)
                return {"replayed": stored, "waiting": waiting}
            done.append(entry.key)
            stored += 1
        spool.remove(settings.inbound_spool, done)
    return {"replayed": stored, "waiting": 0}


def backstop(
    database: Database, settings: Settings, content: Content, gateway: SmsGateway, now: datetime
) -> dict[str, int]:
    """Store every reply Twilio has for our numbers that we never received; move the checkpoint on.

    The spool is replayed first, and what still waits in it is skipped, so a reply the webhook
    spooled is stored as spooled (its crisis resources were already given).
    """
    replayed = replay_spool(database, settings, content)
    if replayed["waiting"]:
        return {"listed": 0, "recovered": 0, "spool_waiting": replayed["waiting"]}
    with database.sessionmaker() as session:
        checkpoint = session.get(ProviderCheckpoint, BACKSTOP)
        since = (checkpoint.reconciled_until if checkpoint else now - FIRST_LOOKBACK) - OVERLAP
    listed = recovered = 0
    try:
        for number in settings.twilio_inbound_numbers:
            for message in gateway.received(number, since):
                listed += 1
                if message.sent_at is not None and message.sent_at > now - SETTLE:
                    continue  # the next pass sees it again (the checkpoint stops short of it)
                recovered += _recover(database, settings, content, message, now)
    except SendError as error:
        log.warning("backstop: Twilio's message list failed (%s); the checkpoint stays", error.failure)
        return {"listed": listed, "recovered": recovered, "failed": 1}
    _move_checkpoint(database, now - SETTLE)
    return {"listed": listed, "recovered": recovered}


def _recover(
    database: Database, settings: Settings, content: Content, message: Received, now: datetime
) -> int:
    """Store one listed reply unless we have it; 1 when it was new to us."""
    with database.engine.connect() as connection:
        known = connection.scalar(select(InboundMessage.id).where(InboundMessage.provider_sid == message.sid))
    if known is not None:
        return 0
    form = {
        "MessageSid": message.sid,
        "From": message.from_phone,
        "To": message.to_phone,
        "Body": message.body,
        "NumMedia": str(message.num_media),
    }
    late = inbound.Late(Arrival.BACKSTOP, message.sent_at or now)
    inbound.receive(database.engine, form, settings, content, late)
    log.warning("backstop: recovered inbound %s that never reached the webhook", message.sid)
    return 1


def _move_checkpoint(database: Database, until: datetime) -> None:
    """Record a complete pass (insert-or-update, never backwards)."""
    with database.sessionmaker() as session:
        db.begin_write(session)
        dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
        insert = dialect.insert(_CHECKPOINT).values(name=BACKSTOP, reconciled_until=until)
        session.execute(
            insert.on_conflict_do_update(
                index_elements=[_CHECKPOINT.c.name],
                set_={"reconciled_until": until},
                where=_CHECKPOINT.c.reconciled_until < until,
            )
        )
        session.commit()
