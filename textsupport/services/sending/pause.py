"""Carrier filtering: pause daily texts when carriers filter too many of a day's sends, until an admin
resumes them.

Twilio reports a text a carrier filtered as undelivered with error 30007 (filtered as spam) or
30008 (unknown error, in practice mostly filtering). When more than FILTERED_ALERT_SHARE of the
texts sent on one PROGRAM_TZ day (and at least MIN_SENDS of them, so 1 of 3 does not trip it)
come back so, carriers are treating the sender as spam, and every further bulk text hurts it more:

- the daily texts stop (every dispatcher reads the pause at each claim, from the database);
  crisis answers, keyword replies, staff replies, on-call alerts and every other kind still go;
- the on-call phones get one SMS per pause (a link, no participant's text), guarded by the pause's
  unique day and the outbox's unique idempotency key;
- admins see a banner on their home page, with the figures and since when, and a button to resume.

The check is the leading scheduler's job (scheduler/jobs.py, every minute), not each dispatcher's
round: it is one aggregate over a day of the outbox, which N dispatchers polling every 2 s would
repeat N*30 times a minute for the same answer. The database, not the leadership, makes it happen
once: two schedulers checking at the same moment insert the same day, and the second one fails.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from textsupport import clock, db
from textsupport.content import Content
from textsupport.models import AuditOutcome, OutboundKind, OutboundMessage, SendingPause
from textsupport.services.staff import audit

if TYPE_CHECKING:
    from textsupport.config import Settings

FILTERED_CODES = (30007, 30008)
MIN_SENDS = 20  # below this many texts in a day, a share says too little to stop the programme
PAUSED_KINDS = (OutboundKind.DAILY,)  # what a pause holds back; every other kind still goes
REASON = "carrier_filtering"
TEMPLATE = "staff/sending_paused.txt"
# A text is counted on the day it was sent. The outbox is read by scheduled_for first (the covering
# index ix_outbound_messages_scheduled_for holds sent_at and error_code): a text goes within this
# long of its scheduled time, since daily texts expire with their day and event-driven ones go at once.
SCHEDULED_BEFORE = timedelta(days=1)


@dataclass(frozen=True)
class Figures:
    """One PROGRAM_TZ day's texts sent, and how many of them carriers filtered."""

    sends: int
    filtered: int

    def trips(self, share: float) -> bool:
        return self.sends >= MIN_SENDS and self.filtered > share * self.sends


@dataclass(frozen=True)
class Paused:
    """The pause that holds, as the admin's banner shows it."""

    id: int
    since: datetime
    day: date  # the PROGRAM_TZ date whose sends tripped it
    sends: int
    filtered: int


def figures(session: Session, now: datetime, settings: Settings) -> Figures:
    """Texts sent on `now`'s PROGRAM_TZ day so far, and those filtered (read only)."""
    day = clock.local_date(now, settings.program_tz)
    start = clock.at_local_time(day, time(), settings.program_tz)
    end = clock.at_local_time(day + timedelta(days=1), time(), settings.program_tz)
    sent = OutboundMessage.sent_at
    sends, filtered = session.execute(
        select(func.count(), func.count().filter(OutboundMessage.error_code.in_(FILTERED_CODES))).where(
            OutboundMessage.scheduled_for >= start - SCHEDULED_BEFORE,
            OutboundMessage.scheduled_for < end,
            sent >= start,
            sent < end,
        )
    ).one()
    return Figures(sends, filtered)


def holding(session: Session) -> Paused | None:
    """The pause that holds now, if any (read only)."""
    row = session.scalar(select(SendingPause).where(SendingPause.active.is_(True)))
    if row is None:
        return None
    return Paused(row.id, row.paused_at, row.day, row.sends, row.filtered)


def is_paused(session: Session) -> bool:
    """Whether daily texts are paused: one read of a one-row table, inside the caller's transaction."""
    return session.scalar(select(SendingPause.id).where(SendingPause.active.is_(True))) is not None


def check(session: Session, now: datetime, settings: Settings, content: Content) -> dict[str, int]:
    """The scheduler's job: pause daily texts and alert on-call when today's filtering trips the share.

    Returns {"paused": 0} when nothing changed; with a new pause, its figures and the alerts queued.
    Safe to run from any number of schedulers at once: only one insert of the day can succeed.
    """
    today = figures(session, now, settings)
    session.rollback()
    if not today.trips(settings.filtered_alert_share):
        return {"paused": 0}
    day = clock.local_date(now, settings.program_tz)
    db.begin_write(session)
    taken = select(SendingPause.id).where((SendingPause.active.is_(True)) | (SendingPause.day == day))
    if session.scalar(taken) is not None:  # paused already, or an admin resumed today's pause
        session.rollback()
        return {"paused": 0}
    pause = SendingPause(
        reason=REASON, day=day, sends=today.sends, filtered=today.filtered, paused_at=now, active=True
    )
    session.add(pause)
    try:
        session.flush()
    except IntegrityError:  # another scheduler paused this day a moment ago: its alert is the one
        session.rollback()
        return {"paused": 0}
    alerts = _alert_on_call(session, pause, settings, content, now)
    audit.record(
        session, "sending_paused", AuditOutcome.OK, target=("sending_pause", pause.id),
        reason=REASON, day=day.isoformat(), sends=today.sends, filtered=today.filtered,
        share=settings.filtered_alert_share, oncall_alerts=alerts,
    )  # fmt: skip
    session.commit()
    return {"paused": 1, "sends": today.sends, "filtered": today.filtered, "oncall_alerts": alerts}


def _alert_on_call(session: Session, pause: SendingPause, settings: Settings, content: Content, now) -> int:
    """Queue one urgent SMS per on-call phone: the figures and a link, never a participant's text."""
    base = (settings.public_base_url or "http://127.0.0.1:5000").rstrip("/")
    body = content.render(TEMPLATE, link=f"{base}/", filtered=pause.filtered, sends=pause.sends)
    for phone in settings.oncall_phones:
        session.add(
            OutboundMessage(
                kind=OutboundKind.NOTIFICATION, idempotency_key=f"sending_pause:{pause.id}:{phone}",
                to_phone=phone, body=body, urgent=True, scheduled_for=now, created_at=now, updated_at=now,
            )
        )  # fmt: skip
    return len(settings.oncall_phones)


class NotPaused(Exception):
    """Resume was asked for while nothing is paused (another admin resumed it first)."""


def resume(session: Session, actor_id: int, now: datetime, ip: str | None = None) -> Paused:
    """An admin resumes daily texts: the pause ends (audited); the texts still valid today go."""
    db.begin_write(session)
    row = session.scalar(select(SendingPause).where(SendingPause.active.is_(True)))
    if row is None:
        session.rollback()
        raise NotPaused("Daily texts are not paused.")
    row.active, row.resumed_at, row.resumed_by_id = None, now, actor_id
    audit.record(
        session, "sending_resumed", AuditOutcome.OK, actor_id=actor_id, target=("sending_pause", row.id),
        ip=ip, reason=row.reason, paused_at=row.paused_at.isoformat(),
    )  # fmt: skip
    session.commit()
    return Paused(row.id, row.paused_at, row.day, row.sends, row.filtered)
