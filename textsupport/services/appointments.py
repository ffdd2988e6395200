"""Appointments staff add for a participant; texting arms get a reminder the day before."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from textsupport import clock, db
from textsupport.models import Appointment, AuditOutcome, Participant
from textsupport.services import audit


class AppointmentError(ValueError):
    """The appointment cannot be added as typed; the message says why."""


def add(
    session: Session, participant: Participant, local_time: str, location: str, actor_id: int | None
) -> Appointment:
    """Add an appointment at a local wall-clock time (YYYY-MM-DDTHH:MM) in the participant's zone."""
    db.begin_write(session)
    try:
        naive = datetime.fromisoformat((local_time or "").strip())
    except ValueError:
        raise AppointmentError(f"{local_time!r} is not a date and time; use YYYY-MM-DDTHH:MM") from None
    at = clock.as_utc(naive.replace(tzinfo=ZoneInfo(participant.tz)))
    if at <= clock.now():
        raise AppointmentError("the appointment must be in the future")
    location = (location or "").strip()
    if len(location) > 80:
        raise AppointmentError("the location may be at most 80 characters")
    appointment = Appointment(
        participant_id=participant.id,
        at=at,
        location=location or None,
        created_at=clock.now(),
        created_by_id=actor_id,
    )
    session.add(appointment)
    session.flush()
    audit.record(
        session,
        "add_appointment",
        AuditOutcome.OK,
        actor_id=actor_id,
        target=("participant", participant.study_id),
    )
    session.commit()
    return appointment


def upcoming(session: Session, participant: Participant) -> list[Appointment]:
    """The participant's appointments from now on, soonest first."""
    return list(
        session.scalars(
            select(Appointment)
            .where(Appointment.participant_id == participant.id, Appointment.at >= clock.now())
            .order_by(Appointment.at)
        )
    )
