"""Appointments staff add for a participant; texting arms get a reminder the day before."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from textsupport import clock, db
from textsupport.models import Appointment, AuditOutcome, OutboundMessage, OutboundStatus, Participant
from textsupport.services.staff import audit


class AppointmentError(ValueError):
    """The appointment cannot be added or changed as asked; the message says why."""


def add(
    session: Session, participant: Participant, local_time: str, location: str, actor_id: int | None
) -> Appointment:
    """Add an appointment at a local wall-clock time (YYYY-MM-DDTHH:MM) in the participant's zone."""
    db.begin_write(session)
    _must_be_in_study(participant)
    at, location = _parse(participant, local_time, location)
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


def edit(
    session: Session,
    participant: Participant,
    appointment_id: int,
    local_time: str,
    location: str,
    actor_id: int | None,
) -> Appointment:
    """Move an upcoming appointment or change where it is; a reminder planned for the old day is cancelled."""
    db.begin_write(session)
    _must_be_in_study(participant)
    appointment = _upcoming(session, participant, appointment_id)
    at, location = _parse(participant, local_time, location)
    zone = ZoneInfo(participant.tz)
    moved_day = clock.local_date(appointment.at, zone) != clock.local_date(at, zone)
    appointment.at, appointment.location = at, location or None
    if moved_day:  # the planned reminder was for the day before the old date (its wording follows the row)
        _cancel_reminder(session, appointment, "appointment moved")
    audit.record(
        session, "edit_appointment", AuditOutcome.OK, actor_id=actor_id,
        target=("participant", participant.study_id), appointment_id=appointment.id,
    )  # fmt: skip
    session.commit()
    return appointment


def cancel(
    session: Session, participant: Participant, appointment_id: int, actor_id: int | None
) -> Appointment:
    """Cancel an upcoming appointment and its planned reminder."""
    db.begin_write(session)
    _must_be_in_study(participant)
    appointment = _upcoming(session, participant, appointment_id)
    appointment.cancelled_at = clock.now()
    _cancel_reminder(session, appointment, "appointment cancelled")
    audit.record(
        session, "cancel_appointment", AuditOutcome.OK, actor_id=actor_id,
        target=("participant", participant.study_id), appointment_id=appointment.id,
    )  # fmt: skip
    session.commit()
    return appointment


def _upcoming(session: Session, participant: Participant, appointment_id: int) -> Appointment:
    appointment = session.get(Appointment, appointment_id)
    if appointment is None or appointment.participant_id != participant.id:
        raise AppointmentError("no such appointment for this participant")
    if appointment.cancelled_at is not None:
        raise AppointmentError("this appointment is already cancelled")
    if appointment.at <= clock.now():
        raise AppointmentError("this appointment is in the past; it can no longer be changed")
    return appointment


def _cancel_reminder(session: Session, appointment: Appointment, reason: str) -> None:
    session.execute(
        update(OutboundMessage)
        .where(
            OutboundMessage.appointment_id == appointment.id,
            OutboundMessage.status == OutboundStatus.PLANNED,
        )
        .values(status=OutboundStatus.CANCELLED, last_error=reason, updated_at=clock.now())
    )


def _must_be_in_study(participant: Participant) -> None:
    if not participant.in_study:
        raise AppointmentError(
            f"{participant.study_id} has withdrawn from the study, so no appointments can be added or changed"
        )


def _parse(participant: Participant, local_time: str, location: str) -> tuple[datetime, str]:
    """The UTC instant of a local wall-clock time, and the tidied location; AppointmentError if bad."""
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
    return at, location


def upcoming(session: Session, participant: Participant) -> list[Appointment]:
    """The participant's appointments from now on that are not cancelled, soonest first."""
    return list(
        session.scalars(
            select(Appointment)
            .where(
                Appointment.participant_id == participant.id,
                Appointment.at >= clock.now(),
                Appointment.cancelled_at.is_(None),
            )
            .order_by(Appointment.at)
        )
    )


def recent(session: Session, participant: Participant, limit: int = 50) -> list[Appointment]:
    """The participant's appointments, past, cancelled and upcoming, newest first."""
    return list(
        session.scalars(
            select(Appointment)
            .where(Appointment.participant_id == participant.id)
            .order_by(Appointment.at.desc(), Appointment.id.desc())
            .limit(limit)
        )
    )
