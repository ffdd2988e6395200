"""Reading participants: search by study id or phone, and the timeline of their trial steps."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from textsupport import phones, study_ids
from textsupport.models import Allocation, Assessment, AuditEntry, AuditOutcome, Participant


def search(
    session: Session, query: str = "", limit: int = 200, practice: bool | None = False
) -> list[tuple[Participant, Allocation | None]]:
    """Participants whose study id or phone matches `query` (all when empty), newest first.

    Trial participants only by default, as the queue's real tabs; `practice=True` gives the training
    participants instead (the queue's Practice tab), None both.
    """
    statement = select(Participant, Allocation).outerjoin(
        Allocation, Allocation.participant_id == Participant.id
    )
    if practice is not None:
        statement = statement.where(Participant.training.is_(practice))
    query = query.strip()
    if query:
        # Study ids are stored upper case; autoescape keeps a typed % or _ literal.
        conditions = [Participant.study_id.contains(study_ids.normalise(query), autoescape=True)]
        with contextlib.suppress(phones.PhoneError):  # not a phone: match the study id only
            conditions.append(Participant.phone == phones.normalise(query))
        statement = statement.where(or_(*conditions))
    rows = session.execute(statement.order_by(Participant.id.desc()).limit(limit))
    return [(participant, allocation) for participant, allocation in rows]


def practice_count(session: Session) -> int:
    """How many training participants there are (the participants page links to them apart)."""
    return session.scalar(select(func.count()).select_from(Participant).where(Participant.training))


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
