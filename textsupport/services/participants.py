"""Find participants, complete their pre-randomisation steps, withdraw them, and tell their story."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from textsupport import clock, db, phones, study_ids
from textsupport.models import (
    Allocation,
    Assessment,
    AuditOutcome,
    DeliveryEvent,
    OutboundMessage,
    Participant,
    ParticipantStatus,
    WithdrawalKind,
)
from textsupport.services import audit, outcomes


class ParticipantError(ValueError):
    """The action cannot be done as asked; the message says why."""


def get(session: Session, study_id: str) -> Participant:
    """The participant with this pseudonymous id (in any case), or ParticipantError."""
    study_id = study_ids.normalise(study_id)
    participant = session.scalar(select(Participant).where(Participant.study_id == study_id))
    if participant is None:
        raise ParticipantError(f"no participant {study_id}")
    return participant


def search(
    session: Session, query: str = "", limit: int = 200
) -> list[tuple[Participant, Allocation | None]]:
    """Participants whose study id or phone matches `query` (all when empty), newest first."""
    statement = select(Participant, Allocation).outerjoin(
        Allocation, Allocation.participant_id == Participant.id
    )
    query = query.strip()
    if query:
        # Study ids are stored upper case; autoescape keeps a typed % or _ literal.
        conditions = [Participant.study_id.contains(study_ids.normalise(query), autoescape=True)]
        with contextlib.suppress(phones.PhoneError):  # not a phone: match the study id only
            conditions.append(Participant.phone == phones.normalise(query))
        statement = statement.where(or_(*conditions))
    rows = session.execute(statement.order_by(Participant.id.desc()).limit(limit))
    return [(participant, allocation) for participant, allocation in rows]


def record_step(session: Session, study_id: str, step: str, actor_id: int | None) -> Participant:
    """Record a pre-randomisation step done later: 'eligibility' or 'baseline'."""
    db.begin_write(session)
    participant = get(session, study_id)
    if participant.status is not ParticipantStatus.ENROLLED:
        raise ParticipantError(
            f"participant is {participant.status.value}; steps are recorded before randomisation"
        )
    now = clock.now()
    if step == "eligibility":
        participant.eligibility_confirmed_at, participant.eligibility_confirmed_by_id = now, actor_id
    elif step == "baseline":
        participant.baseline_done_at = now
    else:
        raise ParticipantError(f"unknown step {step!r}")
    audit.record(
        session,
        f"record_{step}",
        AuditOutcome.OK,
        actor_id=actor_id,
        target=("participant", participant.study_id),
    )
    session.commit()
    return participant


def withdraw(session: Session, study_id: str, reason: str, actor_id: int | None) -> Participant:
    """Withdraw a participant: data kept, every planned text cancelled, nothing sent again."""
    db.begin_write(session)
    reason = (reason or "").strip()
    if not reason:
        raise ParticipantError("a reason is required to withdraw a participant")
    participant = get(session, study_id)
    if participant.status is ParticipantStatus.WITHDRAWN:
        raise ParticipantError("this participant is already withdrawn")
    now = clock.now()
    participant.status = ParticipantStatus.WITHDRAWN
    participant.withdrawn_at = now
    participant.withdrawal_reason = reason
    participant.withdrawal_kind = WithdrawalKind.STUDY
    outcomes.cancel_planned(session, participant, "withdrawn", now)
    audit.record(
        session, "withdraw", AuditOutcome.OK, actor_id=actor_id, target=("participant", participant.study_id)
    )
    session.commit()
    return participant


@dataclass(frozen=True)
class Event:
    """One line of a participant's timeline."""

    at: datetime
    what: str
    detail: str = ""


def timeline(session: Session, participant: Participant, show_arm: bool) -> list[Event]:
    """Enrolment, consent, eligibility, baseline, allocation, assessments and withdrawal, in order."""
    events = [Event(participant.created_at, "Enrolled", f"site {participant.site}")]
    if participant.consent_at:
        events.append(
            Event(participant.consent_at, "Consent recorded", f"version {participant.consent_version}")
        )
    if participant.eligibility_confirmed_at:
        events.append(Event(participant.eligibility_confirmed_at, "Eligibility confirmed"))
    if participant.baseline_done_at:
        events.append(Event(participant.baseline_done_at, "Baseline assessment done"))
    allocation = session.scalar(select(Allocation).where(Allocation.participant_id == participant.id))
    if allocation:
        events.append(
            Event(allocation.allocated_at, "Randomised", f"arm {allocation.arm.value}" if show_arm else "")
        )
    for assessment in session.scalars(select(Assessment).where(Assessment.participant_id == participant.id)):
        if assessment.completed_at and assessment.kind.value != "baseline":
            events.append(Event(assessment.completed_at, f"Assessment {assessment.kind.value} completed"))
    if participant.withdrawn_at:
        events.append(Event(participant.withdrawn_at, "Withdrawn", participant.withdrawal_reason or ""))
    return sorted(events, key=lambda event: event.at)


@dataclass(frozen=True)
class Text:
    """One outbound text with its delivery history, for the participant's page."""

    message: OutboundMessage
    history: list[tuple[datetime, str]]


def texts(session: Session, participant: Participant, limit: int = 400) -> list[Text]:
    """The participant's outbound texts, newest first, each with its status callbacks in order."""
    rows = session.scalars(
        select(OutboundMessage)
        .where(OutboundMessage.participant_id == participant.id)
        .order_by(OutboundMessage.scheduled_for.desc(), OutboundMessage.id.desc())
        .limit(limit)
    ).all()
    events: dict[int, list[tuple[datetime, str]]] = {}
    ids = [row.id for row in rows]
    if ids:
        for outbound_id, at, status in session.execute(
            select(DeliveryEvent.outbound_id, DeliveryEvent.received_at, DeliveryEvent.status)
            .where(DeliveryEvent.outbound_id.in_(ids))
            .order_by(DeliveryEvent.received_at, DeliveryEvent.id)
        ):
            events.setdefault(outbound_id, []).append((at, status))
    return [Text(row, events.get(row.id, [])) for row in rows]
