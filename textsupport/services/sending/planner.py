"""Plan the outbox: one set-based INSERT ... SELECT per kind and time zone, safe to repeat.

Each participant's texts are planned for the local date in their own zone at the planning
instant. The unique key (participant, kind, local date) makes a re-run, or a second scheduler,
create nothing. Bodies are rendered at send time (see dispatch).
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from sqlalchemy import Select, func, literal, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from textsupport import clock, db
from textsupport.models import (
    TEXTING_ARMS,
    Allocation,
    Appointment,
    Assessment,
    AssessmentKind,
    OutboundKind,
    OutboundMessage,
    OutboundStatus,
    Participant,
    ParticipantStatus,
)
from textsupport.progress import SILENT, Progress

if TYPE_CHECKING:
    from textsupport.config import Settings

PROGRAM_DAYS = 182  # daily texts on days 1..182; the closing text on day 183
REMINDER_DAYS = (3, 6)  # survey reminders: at most 2, 3 days apart
COLUMNS = (
    "participant_id",
    "kind",
    "local_date",
    "scheduled_for",
    "expires_at",
    "assessment_id",
    "appointment_id",
)


def program_day(start_date: date, local_date: date) -> int:
    """Program day of `local_date` for someone randomised on `start_date`: day 1 is the day after.

    Days 1..PROGRAM_DAYS get daily text n; day PROGRAM_DAYS + 1 the closing text (the SQL below
    selects the same days by date range).
    """
    return (local_date - start_date).days


def plan(session: Session, at: datetime, settings: Settings, progress: Progress = SILENT) -> dict[str, Any]:
    """Create every text due on each participant's local date at `at`; report what was new."""
    db.begin_write(session)
    now = clock.now()
    planned: Counter[str] = Counter()
    eligible: Counter[str] = Counter()
    zones = session.scalars(select(Participant.tz).distinct().where(Participant.in_study))
    zones = list(zones)
    for done, tz in enumerate(zones, start=1):
        day = _Day(at, ZoneInfo(tz), settings.send_time)
        for kind, query in _queries(day, tz):
            eligible[kind] += session.scalar(select(func.count()).select_from(query.subquery())) or 0
            planned[kind] += _insert(session, query, now)
        _complete_finished(session, tz, day.local)
        progress.note(f"plan: {done} of {len(zones)} time zones, {sum(planned.values()):,} new texts so far")
    session.commit()
    return {
        "planned": sum(planned.values()),
        "already_planned": sum(eligible.values()) - sum(planned.values()),
        "by_kind": {str(kind): n for kind, n in sorted(planned.items()) if n},
    }


class _Day:
    """One local date in one zone: when its texts go and when they stop being worth sending."""

    def __init__(self, at: datetime, zone: ZoneInfo, send_time: time) -> None:
        self.local: date = clock.local_date(at, zone)
        self.send_at = clock.at_local_time(self.local, send_time, zone)
        self.ends_at = clock.at_local_time(self.local + timedelta(days=1), time(0), zone)
        self.tomorrow = (self.ends_at, clock.at_local_time(self.local + timedelta(days=2), time(0), zone))


def _queries(day: _Day, tz: str) -> list[tuple[str, Select]]:
    """(kind, SELECT of rows to insert) for every kind planned on `day` in zone `tz`."""
    texting = [
        Participant.tz == tz,
        Participant.status == ParticipantStatus.ACTIVE,
        Participant.in_intervention,  # withdrawn from the intervention: no programme texts
        Participant.sms_opted_out_at.is_(None),
        Allocation.arm.in_(sorted(TEXTING_ARMS)),
    ]
    start = Allocation.start_date
    first_day, last_day = day.local - timedelta(days=PROGRAM_DAYS), day.local - timedelta(days=1)
    closing_start = day.local - timedelta(days=PROGRAM_DAYS + 1)
    daily = _rows(
        OutboundKind.DAILY, day.local, day.send_at, day.ends_at, texting, start.between(first_day, last_day)
    )
    closing = _rows(
        OutboundKind.CLOSING, day.local, day.send_at, day.ends_at, texting, start == closing_start
    )
    # The welcome keeps the randomisation date as its local date, so later runs find it planned.
    recent = start.between(day.local - timedelta(days=1), day.local)
    welcome = _rows(OutboundKind.WELCOME, start, Allocation.allocated_at, day.tomorrow[1], texting, recent)
    return [
        (OutboundKind.DAILY, daily),
        (OutboundKind.CLOSING, closing),
        (OutboundKind.WELCOME, welcome),
        *_survey_queries(day, tz),
        (OutboundKind.APPOINTMENT_REMINDER, _appointment_rows(day, texting)),
    ]


def _rows(kind, local_date, scheduled_for, expires_at, texting, *conditions) -> Select:
    """Rows for one kind: participants in a texting arm meeting `conditions`."""
    return (
        select(
            Participant.id,
            literal(kind.value),
            _as_date(local_date),
            _as_instant(scheduled_for),
            _as_instant(expires_at),
            literal(None),
            literal(None),
        )
        .join(Allocation, Allocation.participant_id == Participant.id)
        .where(*texting, *conditions)
    )


def _survey_queries(day: _Day, tz: str) -> list[tuple[str, Select]]:
    """Follow-up invitations on the due date and up to 2 reminders, for every arm."""
    reachable = [
        Participant.tz == tz,
        Participant.in_study,  # withdrawn from the intervention only: follow-up goes on
        Participant.sms_opted_out_at.is_(None),
        Assessment.completed_at.is_(None),
        Assessment.kind != AssessmentKind.BASELINE,
    ]
    due = {OutboundKind.SURVEY_INVITATION: [day.local]}
    due[OutboundKind.SURVEY_REMINDER] = [day.local - timedelta(days=n) for n in REMINDER_DAYS]
    queries = []
    for kind, dates in due.items():
        query = (
            select(
                Participant.id,
                literal(kind.value),
                _as_date(day.local),
                _as_instant(day.send_at),
                _as_instant(day.ends_at),
                Assessment.id,
                literal(None),
            )
            .join(Assessment, Assessment.participant_id == Participant.id)
            .where(*reachable, Assessment.due_date.in_(dates))
        )
        queries.append((kind, query))
    return queries


def _appointment_rows(day: _Day, texting) -> Select:
    """A reminder the day before each appointment that falls on the participant's local tomorrow."""
    return (
        select(
            Participant.id,
            literal(OutboundKind.APPOINTMENT_REMINDER.value),
            _as_date(day.local),
            _as_instant(day.send_at),
            _as_instant(day.ends_at),
            literal(None),
            Appointment.id,
        )
        .join(Allocation, Allocation.participant_id == Participant.id)
        .join(Appointment, Appointment.participant_id == Participant.id)
        .where(
            *texting,
            Appointment.cancelled_at.is_(None),
            Appointment.at >= day.tomorrow[0],
            Appointment.at < day.tomorrow[1],
        )
    )


def _insert(session: Session, query: Select, now: datetime) -> int:
    """INSERT ... SELECT ... ON CONFLICT DO NOTHING; the number of new rows."""
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    rows = query.add_columns(
        literal(OutboundStatus.PLANNED.value), literal(False), literal(0), _as_instant(now), _as_instant(now)
    )
    statement = (
        dialect.insert(OutboundMessage.__table__)  # Core, not ORM bulk insert: rowcount counts new rows
        .from_select([*COLUMNS, "status", "urgent", "attempts", "created_at", "updated_at"], rows)
        .on_conflict_do_nothing()
    )
    return session.execute(statement.execution_options(preserve_rowcount=True)).rowcount


def _complete_finished(session: Session, tz: str, local: date) -> None:
    """Participants past their closing day are completed (follow-up surveys still go)."""
    finished = select(Allocation.participant_id).where(
        Allocation.start_date < local - timedelta(days=PROGRAM_DAYS + 1)
    )
    session.execute(
        update(Participant)
        .where(
            Participant.tz == tz, Participant.status == ParticipantStatus.ACTIVE, Participant.id.in_(finished)
        )
        .values(status=ParticipantStatus.COMPLETED)
    )


def _as_date(value):
    return value if not isinstance(value, date) else literal(value, OutboundMessage.local_date.type)


def _as_instant(value):
    return value if not isinstance(value, datetime) else literal(value, OutboundMessage.scheduled_for.type)
