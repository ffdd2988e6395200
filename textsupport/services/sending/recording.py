"""Texts Twilio accepted, recorded in batches: one transaction a tenth of a second, not one a text.

A sending thread hands its accepted text to the dispatcher's `Recorder` and is free at once; the
recorder's thread writes what came in the last BATCH_SECONDS with one UPDATE by primary key (an
executemany). Recording one text at a time (load the row, update it, look for early callbacks,
commit) was a third of a dispatcher's CPU per text (docs/operations.md, scale-out).

Exactly-once does not change: until its batch commits a text's row stays `sending`, as it did
between the create and the per-text record. A dispatcher killed meanwhile, or a batch that fails,
leaves those rows to the lease: they become `unknown` and are looked up at Twilio
(dispatch._reconcile), never resent blind. Failed sends are still recorded one at a time
(outcomes.record): they are rare and have consequences for the person.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from textsupport import db
from textsupport.db import Database
from textsupport.models import DeliveryEvent, OutboundMessage, OutboundStatus
from textsupport.services.sending import outcomes
from textsupport.services.trial import started
from textsupport.sms import SendResult

BATCH_SECONDS = 0.1  # how long the recorder gathers accepted texts before writing them together
log = logging.getLogger(__name__)


class Accepted:
    """One text Twilio accepted, and when."""

    __slots__ = ("job", "result", "at")

    def __init__(self, job: outcomes.Job, result: SendResult, at: datetime) -> None:
        self.job, self.result, self.at = job, result, at


class Recorder:
    """A dispatcher's recording thread; `with recorder:` starts it and, on leaving, records the rest."""

    def __init__(self, database: Database, count: Callable[[str, int], None]) -> None:
        self._database, self._count = database, count
        self._accepted: list[Accepted] = []
        self._ready = threading.Condition()
        self._closing = threading.Event()
        self._thread = threading.Thread(target=self._run, name="recorder", daemon=True)

    def add(self, job: outcomes.Job, result: SendResult, at: datetime) -> None:
        """Twilio accepted `job` at `at`: it is counted sent once its batch commits."""
        with self._ready:
            self._accepted.append(Accepted(job, result, at))
            self._ready.notify()

    def __enter__(self) -> Recorder:
        self._thread.start()
        return self

    def __exit__(self, *_exc) -> None:
        self._closing.set()
        with self._ready:
            self._ready.notify()
        self._thread.join()

    def _run(self) -> None:
        while True:
            with self._ready:
                self._ready.wait_for(lambda: self._accepted or self._closing.is_set())
                if not self._accepted:
                    return  # closing, and everything is recorded
            self._closing.wait(BATCH_SECONDS)  # gather more, unless the dispatcher is done
            with self._ready:
                batch, self._accepted = self._accepted, []
            self._write(batch)

    def _write(self, batch: list[Accepted]) -> None:
        try:
            with self._database.sessionmaker() as session:
                record_sent(session, batch)
        except Exception:  # the rows stay 'sending': the lease turns them 'unknown', reconcile settles them
            log.exception("dispatch: recording %d accepted texts failed", len(batch))
            self._count("unknown", len(batch))
            return
        self._count("sent", len(batch))


def record_sent(session: Session, batch: list[Accepted]) -> None:
    """Store a batch of accepted texts in one transaction, as outcomes.record does for one."""
    db.begin_write(session)
    session.execute(
        update(OutboundMessage),
        [
            {
                "id": each.job.outbound_id,
                "status": OutboundStatus.SENT,
                "provider_sid": each.result.provider_sid,
                "sent_at": each.at,
                "updated_at": each.at,
                "last_error": None,
            }
            for each in batch
        ],
    )
    programme: dict[int, datetime] = {}  # the first programme text sent to each participant in the batch
    for each in batch:
        if each.job.participant_id is not None and each.job.kind in outcomes.PROGRAMME_TEXTS:
            programme.setdefault(each.job.participant_id, each.at)
    started.mark_each(session, programme, started.TEXTED)
    # A status callback can arrive before this commit; it was stored as an orphan by SID (delivery.py).
    sids = {each.result.provider_sid: each.job.outbound_id for each in batch}
    early = session.execute(
        select(DeliveryEvent.provider_sid, DeliveryEvent.status).where(DeliveryEvent.provider_sid.in_(sids))
    ).all()
    for sid, status in early:
        outcomes.advance(session.get(OutboundMessage, sids[sid]), status)
    session.commit()
