"""Re-check a due text at send time: who it is for, whether they may get it, and its wording."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from textsupport import clock
from textsupport.content import Content, daily_template
from textsupport.models import (
    TEXTING_ARMS,
    Allocation,
    Appointment,
    Assessment,
    OutboundKind,
    OutboundMessage,
    OutboundStatus,
    Participant,
    ParticipantStatus,
)
from textsupport.services.sending.planner import program_day

if TYPE_CHECKING:
    from textsupport.config import Settings

# Texts that belong to the texting arms' programme, not to research follow-up or replies.
PROGRAMME_KINDS = {
    OutboundKind.DAILY,
    OutboundKind.WELCOME,
    OutboundKind.CLOSING,
    OutboundKind.APPOINTMENT_REMINDER,
}
TEMPLATES = {
    OutboundKind.WELCOME: "welcome.txt",
    OutboundKind.CLOSING: "closing.txt",
    OutboundKind.APPOINTMENT_REMINDER: "reminders/appointment.txt",
    OutboundKind.SURVEY_INVITATION: "reminders/survey_invitation.txt",
    OutboundKind.SURVEY_REMINDER: "reminders/survey_reminder.txt",
}
ASSESSMENT_LABELS = {"week_6": "6-week", "month_3": "3-month", "month_6": "6-month", "month_12": "12-month"}


@dataclass(frozen=True)
class Person:
    """A participant with their allocation, loaded once per batch."""

    participant: Participant
    allocation: Allocation | None


@dataclass(frozen=True)
class Verdict:
    """What to do with one due row."""

    action: str  # send, cancel, expire, hold
    reason: str = ""
    until: datetime | None = None

    @property
    def counter(self) -> str:
        return {"cancel": "cancelled", "expire": "expired", "hold": "held"}.get(self.action, self.action)


def load_people(session: Session, rows: list[OutboundMessage]) -> dict[int, Person]:
    """Participants (and allocations) of `rows`, in one query."""
    ids = {row.participant_id for row in rows if row.participant_id is not None}
    if not ids:
        return {}
    found = session.execute(
        select(Participant, Allocation)
        .outerjoin(Allocation, Allocation.participant_id == Participant.id)
        .where(Participant.id.in_(ids))
    )
    return {participant.id: Person(participant, allocation) for participant, allocation in found}


def decide(row: OutboundMessage, person: Person | None, at: datetime, settings: Settings) -> Verdict:
    """Send, cancel, expire or hold `row` at instant `at`."""
    if row.expires_at is not None and at >= row.expires_at:
        return Verdict("expire", "its day is over")
    refusal = _refusal(row, person)
    if refusal:
        return Verdict("cancel", refusal)
    zone = ZoneInfo(person.participant.tz) if person else settings.program_tz
    until = None if row.urgent else clock.quiet_until(at, zone, settings.quiet_hours)
    if until is None:
        return Verdict("send")
    if row.expires_at is not None and until >= row.expires_at:
        return Verdict("expire", "quiet hours last past its day")
    return Verdict("hold", "quiet hours", until)


def _refusal(row: OutboundMessage, person: Person | None) -> str | None:
    if person is None:
        return None if row.to_phone else "no recipient"
    participant = person.participant
    if participant.status is ParticipantStatus.WITHDRAWN:
        return "withdrawn"
    if participant.sms_opted_out_at is not None:
        return "opted out"
    if participant.phone_problem == "invalid":
        return "invalid number"
    if row.kind in PROGRAMME_KINDS:
        if not participant.in_intervention:
            return "withdrawn from the intervention"
        if person.allocation is None or person.allocation.arm not in TEXTING_ARMS:
            return "arm gets no programme texts"
        if row.kind is not OutboundKind.CLOSING and participant.status is not ParticipantStatus.ACTIVE:
            return f"participant is {participant.status.value}"
    return None


def apply(row: OutboundMessage, verdict: Verdict) -> None:
    """Record a verdict other than send on the row."""
    if verdict.action == "cancel":
        row.status, row.last_error = OutboundStatus.CANCELLED, verdict.reason
    elif verdict.action == "expire":
        row.status, row.last_error = OutboundStatus.EXPIRED, verdict.reason
    elif verdict.action == "hold":
        row.scheduled_for = verdict.until


def render(row: OutboundMessage, person: Person, content: Content) -> str:
    """The wording of a planned text, from messages/."""
    participant = person.participant
    if row.kind is OutboundKind.DAILY:
        return daily_text(content, participant, program_day(person.allocation.start_date, row.local_date))
    variables: dict[str, Any] = {}
    if row.assessment_id is not None:
        assessment = _get(Assessment, row.assessment_id, row)
        variables["assessment_label"] = ASSESSMENT_LABELS.get(assessment.kind.value, assessment.kind.value)
        variables["assessment_kind"] = assessment.kind.value  # other languages name it in their bank
    if row.appointment_id is not None:
        appointment = _get(Appointment, row.appointment_id, row)
        local = appointment.at.astimezone(ZoneInfo(participant.tz))
        variables["appointment_at"] = local.strftime("%a %b %-d at %-I:%M %p")
        # the parts, for a bank that names days and months in its own words (messages/fr/)
        variables["appointment"] = {
            "weekday": local.weekday(),
            "day": local.day,
            "month": local.month,
            "hour": local.hour,
            "minute": local.minute,
        }
        variables["location"] = appointment.location or ""
    return content.render(
        TEMPLATES[row.kind], participant.first_name, language=participant.language, **variables
    )


def daily_text(content: Content, participant: Participant, day: int) -> str:
    """The daily text of program day `day` as this participant will read it, in their language."""
    return content.render(daily_template(day), participant.first_name, language=participant.language)


def _get(model, ident: int, row: OutboundMessage):
    from sqlalchemy.orm import object_session

    return object_session(row).get(model, ident)
