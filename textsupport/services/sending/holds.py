"""A window's STOP guard: no text reaches Twilio after that person's STOP was answered, by construction.

Before a window of texts goes to the sending threads, one transaction re-reads its participants and,
on PostgreSQL, holds their rows FOR SHARE until every text of the window has been answered by Twilio
or let go (stopped, or its slot given up). A STOP is an UPDATE of that row (replies/responses.py), so
it waits for the window: either it committed before the re-read, and the text is cancelled here, or
its answer goes out after the create was answered. The rows are taken in id order, as a STOP to a
shared phone updates its owners, so the two never deadlock. The hold is let go before any outcome is
recorded: recording a failure can update the same row (an opt-out Twilio reported, a dead phone).

It costs one connection per window in flight (about three a dispatcher), not one a text; a STOP waits
at most for the window's last answer, or the client timeout when Twilio hangs.

SQLite has no row locks, so there the hold only re-reads; each text is re-read again just before its
slot (senders.PREPARE_SECONDS), which leaves a STOP that window and the create's round trip.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import Connection, select, update

from textsupport import db
from textsupport.db import Database
from textsupport.models import OutboundMessage, OutboundStatus, Participant, ParticipantStatus
from textsupport.services.sending import outcomes

log = logging.getLogger(__name__)
STOPPED = "stopped before it went"


class Hold:
    """The open transaction of one window; `let_go` once per text, and the last one ends it."""

    def __init__(self, connection: Connection | None, texts: int, locks: bool) -> None:
        self._connection, self._left, self.locks = connection, texts, locks
        self._lock = threading.Lock()
        if texts == 0:
            self._end()

    def let_go(self) -> None:
        """This text has been answered by Twilio, or will not be sent from this window."""
        with self._lock:
            self._left -= 1
            if self._left:
                return
        self._end()

    def _end(self) -> None:
        connection, self._connection = self._connection, None
        if connection is None:
            return
        try:
            connection.rollback()  # it only read
            connection.close()
        except Exception:  # the locks go with the connection whatever happens
            log.exception("dispatch: ending a window's hold failed")
            connection.invalidate()


def take(database: Database, jobs: Sequence[outcomes.Job], now: datetime) -> tuple[Hold, list[outcomes.Job]]:
    """Re-read the participants of `jobs` and hold their rows; cancel the texts of those who said STOP
    or left the study since the claim. Returns the hold (let go once per text returned) and the texts
    that may go."""
    ids = sorted({job.participant_id for job in jobs if job.participant_id is not None})
    connection = database.engine.connect()
    try:
        locks = connection.dialect.name == "postgresql"
        query = _may_be_texted(ids)
        if locks:
            query = query.order_by(Participant.id).with_for_update(read=True)
        may = set(connection.scalars(query)) if ids else set()
    except Exception:
        connection.invalidate()
        connection.close()
        raise
    going = [job for job in jobs if job.participant_id is None or job.participant_id in may]
    stopped = [job.outbound_id for job in jobs if job not in going]
    hold = Hold(connection if locks else None, len(going), locks)
    if not locks:
        connection.close()
    if stopped:
        try:
            cancel(database, stopped, now)
        except Exception:
            for _ in going:
                hold.let_go()
            raise
    return hold, going


def cancel(database: Database, ids: list[int], now: datetime) -> None:
    """Claimed texts whose person said STOP (or left) before they went: cancelled, in one transaction."""
    with database.sessionmaker() as session:
        db.begin_write(session)
        session.execute(
            update(OutboundMessage)
            .where(OutboundMessage.id.in_(ids), OutboundMessage.status == OutboundStatus.SENDING)
            .values(status=OutboundStatus.CANCELLED, last_error=STOPPED, updated_at=now)
        )
        session.commit()


def stopped_since(database: Database, job: outcomes.Job, now: datetime) -> bool:
    """SQLite, just before the slot: the person said STOP (or left the study) since the window's re-read.

    One read on a plain connection (it runs for every text); a stopped text is cancelled. True when it was.
    """
    if job.participant_id is None:
        return False
    with database.engine.connect() as connection:
        if connection.scalar(_may_be_texted([job.participant_id])) is not None:
            return False
    cancel(database, [job.outbound_id], now)
    return True


def _may_be_texted(ids: list[int]):
    """The ids among `ids` of participants who have not said STOP nor left the study."""
    return select(Participant.id).where(
        Participant.id.in_(ids),
        Participant.sms_opted_out_at.is_(None),
        Participant.status != ParticipantStatus.WITHDRAWN,
    )
