"""Replies stored after the fact: the spool replayed once the database is back.

Each reply goes through the webhook's own use case (inbound.receive), marked late: stored once by
MessageSid (insert-or-ignore), triaged and queued as usual, with the time it was received kept.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from textsupport import spool
from textsupport.content import Content
from textsupport.db import Database
from textsupport.models import Arrival
from textsupport.services.replies import inbound

if TYPE_CHECKING:
    from textsupport.config import Settings

log = logging.getLogger(__name__)
CHUNK = 100  # lines stored before the spool is rewritten: progress survives a kill


def replay_spool(database: Database, settings: Settings, content: Content) -> dict[str, int]:
    """Store every spooled reply, oldest first, and drop its line; stop at the first that cannot be stored."""
    entries = spool.read(settings.inbound_spool)
    stored = 0
    for start in range(0, len(entries), CHUNK):
        done = []
        for entry in entries[start : start + CHUNK]:
            late = inbound.Late(Arrival.SPOOL, entry.received_at)
            with database.sessionmaker() as session:
                try:
                    inbound.receive(session, entry.form, settings, content, late)
                except inbound.NotStored:
                    log.warning(
                        "spool: the database is still unavailable; %d replies wait", len(entries) - stored
                    )
                    spool.remove(settings.inbound_spool, done)
                    return {"replayed": stored, "waiting": len(entries) - stored}
            done.append(entry.sid)
            stored += 1
        spool.remove(settings.inbound_spool, done)
    return {"replayed": stored, "waiting": 0}
