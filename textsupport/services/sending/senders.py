"""A dispatcher's sending threads: each text re-checked, then sent at its slot or its slot given up."""

from __future__ import annotations

import logging
import threading

from sqlalchemy import update

from textsupport import clock, db, sms
from textsupport.models import OutboundMessage, OutboundStatus
from textsupport.services.sending import holds, outcomes, pacing, recording
from textsupport.sms import SendResult

# A text that cannot start within this of its slot gives the slot up and takes one in the next window:
# sent late it would land on top of the texts paced in the second it lands in (docs/operations.md).
LATE_SECONDS = 0.03
PREPARE_SECONDS = 0.1  # SQLite's STOP re-check starts this long before the slot, so it does not make it late
# A text that gave up this many slots goes back to `planned` (claimable again, with a fresh claim)
# rather than stay claimed: held past the claim's lease (dispatch.LEASE) another dispatcher would
# take it for a dead one's.
MAX_GIVE_UPS = 8
log = logging.getLogger(__name__)


class Sending:
    """What a dispatcher's sending threads share: each runs `send_one` for one text at its slot."""

    def __init__(self, database, gateway, callback, now, report, stop, timing: pacing.Clock) -> None:
        self.database, self.gateway, self.callback, self.now = database, gateway, callback, now
        self.report, self.stop, self.timing = report, stop, timing
        self.waiting = pacing.Waiting(timing)  # texts given a slot that have not gone or given it up
        self.late: pacing.Late[outcomes.Job] = pacing.Late()  # texts that gave their slot up
        self.unsent: list[int] = []  # claimed, then handed back unsent because we were told to stop
        self.recorder = recording.Recorder(database, self.count)  # `with` it around the sending threads
        self._lock = threading.Lock()  # guards report and unsent

    def send_one(self, job: outcomes.Job, slot: float, hold: holds.Hold) -> None:
        """At its slot, re-check the text, send it and record what happened (an accepted text in the
        recorder's next batch, a failure in its own transaction).

        A text that cannot start within LATE_SECONDS of its slot (a busy machine, no free thread) gives
        the slot up and waits for the dispatcher's next window: sent late, it would go on top of the
        texts paced in the second it lands in. Its row stays claimed, so no other dispatcher sends it.
        `hold` (holds.py) is let go once the text is answered or will not go from this window.
        """
        try:
            go = self._at_slot(job, slot, hold)
        except Exception:  # the row stays 'sending'; the lease turns it 'unknown' and reconcile settles it
            log.exception("dispatch: re-checking outbound %s failed", job.outbound_id)
            self.count("unknown")
            go = False
        finally:
            self.waiting.reached()
        if not go:
            hold.let_go()
            return
        try:
            try:
                outcome = outcomes.send_with_retries(self.gateway, job, self.callback)
            finally:
                hold.let_go()  # before recording: a failure's record may update the participant's row
            if isinstance(outcome, SendResult):
                self.recorder.add(job, outcome, self.now())
                return
            with self.database.sessionmaker() as session:
                counter = outcomes.record(session, job, outcome, self.now())
        except Exception:  # as above: 'sending' until the lease, then reconciled, never resent blind
            log.exception("dispatch: recording outbound %s failed", job.outbound_id)
            counter = "unknown"
        self.count(counter)

    def _at_slot(self, job: outcomes.Job, slot: float, hold: holds.Hold) -> bool:
        """Wait for the slot (on SQLite, with the STOP re-checked just before it: the hold locks nothing
        there); True when the text goes now."""
        sms.for_recipient(self.gateway, job.training).ready()  # set-up is done before the slot, not in it
        if not hold.locks:
            if not self.timing.sleep(slot - PREPARE_SECONDS - self.timing.time(), self.stop):
                return self._stopped(job)
            if holds.stopped_since(self.database, job, self.now()):
                self.count("cancelled")
                return False
        if not self.timing.sleep(slot - self.timing.time(), self.stop):
            return self._stopped(job)
        if self.timing.time() > slot + LATE_SECONDS:
            self.count("late")
            if self.late.add(job, slot) > MAX_GIVE_UPS:
                self.late.forget(job)
                self.count(release(self.database, [job.outbound_id]))
            return False
        return True

    def counted(self, counter: str) -> int:
        """How many texts (or slots, for "late") the report counts under `counter` so far."""
        with self._lock:
            return self.report[counter]

    def _stopped(self, job: outcomes.Job) -> bool:
        with self._lock:
            self.unsent.append(job.outbound_id)
        return False

    def count(self, counter: str, texts: int = 1) -> None:
        with self._lock:
            self.report[counter] += texts


def release(database, ids: list[int]) -> str:
    """Claimed texts not yet sent go back to `planned` for any dispatcher to claim again (stopping, or
    given up too often); returns the report counter."""
    try:
        with database.sessionmaker() as session:
            db.begin_write(session)
            session.execute(
                update(OutboundMessage)
                .where(OutboundMessage.id.in_(ids), OutboundMessage.status == OutboundStatus.SENDING)
                .values(
                    status=OutboundStatus.PLANNED,
                    claimed_at=None,
                    attempts=OutboundMessage.attempts - 1,
                    updated_at=clock.now(),
                )
            )
            session.commit()
    except Exception:  # the lease turns it 'unknown'; reconcile finds it was never sent
        log.exception("dispatch: handing back %d claimed texts failed", len(ids))
        return "unknown"
    return "released"
