"""Send what is due: claim rows atomically, re-check each one, then send at the sender's pace.

    planned ─claim─▶ sending ─▶ sent | unknown | failed | planned (retry later)
       │                          unknown ─reconcile─▶ sent | planned
       ├─▶ cancelled (opted out, withdrawn, arm changed)   ├─▶ expired (its day is over)
       └─▶ planned, later (quiet hours)

While daily texts are paused after carrier filtering (pause.py), claims skip them: they stay
planned, go if an admin resumes within their day, and expire with it otherwise.

Claims use FOR UPDATE SKIP LOCKED on PostgreSQL and BEGIN IMMEDIATE on SQLite, so two
dispatchers never take the same row. A dispatcher killed mid-send leaves rows in `sending`;
after a lease they become `unknown` and are looked up at the provider before any resend.
Given a `stop` event (a dispatcher process told to stop), it claims nothing more, hands back the
rows still waiting for their slot (never sent, so `planned` again) and lets the sends already on
the wire finish: stopping takes at most one Twilio timeout.
"""

from __future__ import annotations

import logging
import math
import threading
from collections import Counter
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import func, select, update

from textsupport import clock, db
from textsupport.content import Content, segments
from textsupport.db import Database
from textsupport.models import OutboundMessage, OutboundStatus, Participant
from textsupport.progress import SILENT, Progress
from textsupport.services.sending import holds, outcomes, pacing, pause, recheck, senders
from textsupport.sms import SendError, SmsGateway

if TYPE_CHECKING:
    from textsupport.config import Settings

LEASE = timedelta(minutes=2)  # a row 'sending' for longer belongs to a dead dispatcher
RECONCILE_AFTER = timedelta(seconds=60)  # give the provider time to list what it accepted
MAX_WORKERS = 256  # sending threads per dispatcher at most (workers())
# Each pacer reservation covers this much of the sender's rate (50 segments at 200 MPS), so several
# dispatchers' windows interleave finely instead of each holding the whole rate for a batch's second:
# one dispatcher never needs MPS x Twilio's latency threads on its own (docs/operations.md).
CHUNK_SECONDS = 0.25
LEAD_SECONDS = 0.5  # reserve the next window (or claim the next batch) this long before one ends
log = logging.getLogger(__name__)


# "late" counts slots given up (a text can give up more than one); the others count texts.
REPORT = ("sent", "expired", "cancelled", "failed", "held", "retried", "unknown", "released", "late")


def workers(mps: float) -> int:
    """Sending threads: a text holds one from its hand-over until it is recorded, so enough for two
    windows waiting for their slots (the most `dispatch` hands over) and half a second in flight."""
    return min(MAX_WORKERS, max(2, 2 * math.ceil(mps * CHUNK_SECONDS) + math.ceil(mps * 0.5)))


def dispatch(
    database: Database,
    at: datetime,
    settings: Settings,
    gateway: SmsGateway,
    content: Content,
    stop: threading.Event | None = None,
    progress: Progress = SILENT,
    timing: pacing.Clock | None = None,
) -> dict[str, int]:
    """Send everything due at `at`, or until `stop` is set; return counts by outcome.

    `timing` is the clock the texts are paced by (the wall clock; tests give a virtual one).
    """
    stop = stop or threading.Event()
    timing = timing or pacing.WallClock()
    report: Counter[str] = Counter()
    now = clock.snapshot()
    with database.sessionmaker() as session:
        _recover(session, at, report)
    _reconcile(database, gateway, at, report)
    with database.sessionmaker() as session:
        _expire(session, at, report)
    mps = settings.twilio_mps
    batch = max(
        1, min(200, math.ceil(mps * 2))
    )  # about two seconds of traffic: STOP can still cancel the rest
    window = max(1, math.ceil(mps * CHUNK_SECONDS))  # segments per pacer reservation
    sending = senders.Sending(database, gateway, _status_callback(settings), now, report, stop, timing)
    pending: list[outcomes.Job] = []  # claimed, not yet given a slot
    handed: set[int] = set()  # the texts given to the senders so far (one that gave a slot up counts once)
    last = 0  # the texts of the window reserved last
    with sending.recorder, timing.pool(workers(mps)) as pool:
        while True:
            # No new window while an older one still has texts short of their slots (a starved
            # process): its late texts give their slots up, and must find a window here.
            sending.waiting.at_most(last, stop)
            if stop.is_set():
                sending.unsent.extend(job.outbound_id for job in pending)
                break
            pending[:0] = sending.late.take()  # the texts that gave up a slot go first
            if not pending:
                released = sending.counted("released")
                with database.sessionmaker() as session:
                    claimed, pending = _claim(session, at, settings, content, batch, report)
                if not claimed:
                    sending.waiting.at_most(0, stop)  # every text handed over has gone or given its slot up
                    # A text that gave up too many slots meanwhile is `planned` again: claim it again.
                    if not sending.late.pending() and sending.counted("released") == released:
                        break  # nothing left to send
                    last = 0
                    continue
                if not pending:
                    continue  # every claimed row was held, cancelled or expired
            chunk = pacing.chunks(pending, window)[0]
            del pending[: len(chunk)]
            hold, part = holds.take(database, chunk, clock.now())  # a STOP waits for this window (holds.py)
            sending.count("cancelled", len(chunk) - len(part))
            if not part:
                continue
            try:
                with database.sessionmaker() as session:
                    start = pacing.reserve(session, sum(job.segments for job in part), mps, now=timing.time())
            except Exception:
                for _ in part:
                    hold.let_go()
                raise
            offset = 0.0
            sending.waiting.add(len(part))
            for job in part:
                pool.submit(sending.send_one, job, start + offset, hold)
                offset += job.segments / mps
            handed.update(job.outbound_id for job in part)
            last = len(part)
            if not pending:  # once a batch, as soon as it is handed over
                sent = report["sent"]
                progress.note(f"dispatch: {len(handed):,} texts handed to the gateway, {sent:,} sent so far")
            # The next window, or the next batch, just before this one ends: sending never pauses.
            timing.sleep(start + offset - timing.time() - LEAD_SECONDS, stop)
    sending.unsent.extend(job.outbound_id for job in sending.late.take())  # told to stop meanwhile
    if sending.unsent:
        report[senders.release(database, sending.unsent)] += len(sending.unsent)
    return {key: report[key] for key in REPORT}


def _claim(session, at, settings, content, limit, report) -> tuple[int, list[outcomes.Job]]:
    """Take up to `limit` due rows, settle the ones that must not go, and mark the rest sending."""
    db.begin_write(session)
    query = (
        select(OutboundMessage)
        .where(OutboundMessage.status == OutboundStatus.PLANNED, OutboundMessage.scheduled_for <= at)
        .order_by(OutboundMessage.urgent.desc(), OutboundMessage.scheduled_for, OutboundMessage.id)
        .limit(limit)
    )
    if pause.is_paused(session):  # carriers filtered too much: daily texts wait for an admin (pause.py)
        query = query.where(OutboundMessage.kind.not_in(pause.PAUSED_KINDS))
    if session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update(skip_locked=True)
    rows = session.scalars(query).all()
    people = recheck.load_people(session, rows)
    jobs = []
    now = clock.now()
    for row in rows:
        verdict = recheck.decide(row, people.get(row.participant_id), at, settings)
        row.updated_at = now
        if verdict.action == "send":
            person = people.get(row.participant_id)
            row.body = row.body or recheck.render(row, person, content)
            row.segments = segments(row.body).count
            row.to_phone = row.to_phone or person.participant.phone
            row.status, row.claimed_at, row.attempts = OutboundStatus.SENDING, now, row.attempts + 1
            training = person is not None and person.participant.training
            jobs.append(
                outcomes.Job(
                    row.id, row.to_phone, row.body, row.segments, row.participant_id, training, row.kind
                )
            )
        else:
            recheck.apply(row, verdict)
            report[verdict.counter] += 1
    session.commit()
    return len(rows), jobs


def _recover(session, at, report) -> None:
    """Rows left 'sending' by a dead dispatcher become 'unknown': never resend them blind."""
    db.begin_write(session)
    stale = update(OutboundMessage).where(
        OutboundMessage.status == OutboundStatus.SENDING, OutboundMessage.claimed_at < at - LEASE
    )
    report["unknown"] += session.execute(
        stale.values(status=OutboundStatus.UNKNOWN, last_error="dispatcher lease expired").execution_options(
            preserve_rowcount=True
        )
    ).rowcount
    session.commit()


def _reconcile(database, gateway, at, report) -> None:
    """Look each 'unknown' row up at the provider: sent if it is there, planned again if not.

    The provider is asked outside any transaction (no lock is held over the network); each answer is
    then applied only if the row is still as it was read (outcomes.settle).
    """
    with database.sessionmaker() as session:
        rows = [
            outcomes.Unsettled(
                row.id, row.to_phone, row.body, row.since - timedelta(minutes=5), row.attempts,
                bool(row.training),
            )
            for row in session.execute(
                select(
                    OutboundMessage.id, OutboundMessage.to_phone, OutboundMessage.body,
                    OutboundMessage.attempts,
                    func.coalesce(OutboundMessage.claimed_at, OutboundMessage.updated_at).label("since"),
                    Participant.training,
                ).outerjoin(Participant, Participant.id == OutboundMessage.participant_id).where(
                    OutboundMessage.status == OutboundStatus.UNKNOWN,
                    OutboundMessage.claimed_at < at - RECONCILE_AFTER,
                )
            )
        ]  # fmt: skip
        for row in rows:
            known = frozenset(
                session.scalars(
                    select(OutboundMessage.provider_sid).where(
                        OutboundMessage.to_phone == row.to,
                        OutboundMessage.provider_sid.is_not(None),
                        OutboundMessage.sent_at >= row.since,
                    )
                )
            )  # a text already matched to another row is not this one
            session.rollback()
            found = outcomes.look_up(gateway, row, known)
            if isinstance(found, SendError):
                report["unknown"] += 1  # the provider cannot answer now; ask again next run
                continue
            db.begin_write(session)
            counter = outcomes.settle(session, row, found, clock.now())
            session.commit()
            report["unknown" if counter == "unknown_settled_elsewhere" else counter] += 1


def _expire(session, at, report) -> None:
    """A text whose local day is over is never sent late."""
    db.begin_write(session)
    due = update(OutboundMessage).where(
        OutboundMessage.status == OutboundStatus.PLANNED, OutboundMessage.expires_at <= at
    )
    result = session.execute(
        due.values(status=OutboundStatus.EXPIRED, updated_at=clock.now()).execution_options(
            preserve_rowcount=True
        )
    )
    report["expired"] += result.rowcount
    session.commit()


def _status_callback(settings: Settings) -> str | None:
    base = settings.public_base_url
    return f"{base.rstrip('/')}/twilio/status" if base else None
