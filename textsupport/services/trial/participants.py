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
    AuditEntry,
    AuditOutcome,
    Participant,
    ParticipantStatus,
    WithdrawalKind,
)
from textsupport.services.sending.recheck import PROGRAMME_KINDS
from textsupport.services.staff import audit
from textsupport.services.trial import participant_changes


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


def withdraw(
    session: Session,
    study_id: str,
    reason: str,
    actor_id: int | None,
    kind: WithdrawalKind = WithdrawalKind.STUDY,
) -> Participant:
    """Withdraw from the intervention (follow-up goes on) or from the study (everything stops).

    Either way data is kept and the peer worker is unassigned. From the intervention: planned
    programme texts are cancelled, status is unchanged. From the study: status becomes withdrawn and
    every planned text is cancelled. An intervention withdrawal may later be extended to the study;
    a study withdrawal is final.
    """
    db.begin_write(session)
    reason = (reason or "").strip()
    if not reason:
        raise ParticipantError("a reason is required to withdraw a participant")
    kind = WithdrawalKind(kind)
    participant = get(session, study_id)
    if participant.withdrawal_kind is WithdrawalKind.STUDY or not participant.in_study:
        raise ParticipantError("this participant is already withdrawn from the study; that is final")
    if kind is WithdrawalKind.INTERVENTION:
        if not participant.in_intervention:
            raise ParticipantError("this participant is already withdrawn from the intervention")
        if participant.status is not ParticipantStatus.ACTIVE:
            raise ParticipantError(
                f"participant is {participant.status.value}: only an active participant can leave the "
                "intervention and stay in follow-up; withdraw them from the study instead"
            )
    now = clock.now()
    previous = participant.withdrawal_kind
    participant.withdrawn_at = now
    participant.withdrawal_reason = reason
    participant.withdrawal_kind = kind
    peer, participant.peer_worker_id = participant.peer_worker_id, None
    if kind is WithdrawalKind.STUDY:
        participant.status = ParticipantStatus.WITHDRAWN
        participant_changes.cancel_planned(session, participant, "withdrawn", now)
    else:
        participant_changes.cancel_planned(
            session, participant, "withdrawn from the intervention", now, kinds=PROGRAMME_KINDS
        )
    # The audit row keeps each step's reason: extending to the study overwrites the columns.
    audit.record(
        session, "withdraw", AuditOutcome.OK, actor_id=actor_id, target=("participant", participant.study_id),
        detail=reason, kind=kind.value, previous=previous.value if previous else None, peer_unassigned=peer,
    )  # fmt: skip
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
    events += _withdrawals(session, participant)
    return sorted(events, key=lambda event: event.at)


def _withdrawals(session: Session, participant: Participant) -> list[Event]:
    """Each withdrawal step from the audit log (extending to the study overwrites the columns)."""
    if participant.withdrawn_at is None:
        return []
    entries = session.execute(
        select(AuditEntry.at, AuditEntry.detail, AuditEntry.data).where(
            AuditEntry.action == "withdraw",
            AuditEntry.outcome == AuditOutcome.OK,
            AuditEntry.target_type == "participant",
            AuditEntry.target_id == participant.study_id,
        )
    ).all()
    steps = [(at, data["kind"], detail) for at, detail, data in entries if (data or {}).get("kind")]
    if not steps:  # withdrawn before the kind was recorded
        kind = participant.withdrawal_kind.value if participant.withdrawal_kind else "study"
        steps = [(participant.withdrawn_at, kind, participant.withdrawal_reason)]
    return [Event(at, f"Withdrawn from the {kind}", reason or "") for at, kind, reason in steps]
