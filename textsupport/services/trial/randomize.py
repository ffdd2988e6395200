"""Randomise a participant: open the next sealed envelope of their stratum, exactly once."""

from __future__ import annotations

from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from sqlalchemy import exists, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from textsupport import clock, db, randomization, study_ids
from textsupport.models import (
    Allocation,
    AllocationSlot,
    Arm,
    AuditOutcome,
    Participant,
    ParticipantStatus,
)
from textsupport.services.staff import audit
from textsupport.services.trial import assessments, started

if TYPE_CHECKING:
    from textsupport.config import Settings

ATTEMPTS = 5  # a concurrent randomise in the same stratum can take our envelope; try the next


class RandomizeError(ValueError):
    """Randomisation refused; the message says what is missing."""


def stratum_of(participant: Participant, fields: tuple[str, ...]) -> str:
    """The participant's stratum key under the configured stratification."""
    values = {"site": participant.site, "sex": participant.sex.value}
    return randomization.stratum_key(values, fields)


def missing_steps(participant: Participant) -> list[str]:
    """What must still happen before this participant may be randomised."""
    missing = []
    if participant.training:  # a practice scenario never takes a real slot of the sequence
        return ["a training participant is never randomised"]
    if participant.status is not ParticipantStatus.ENROLLED:
        missing.append(f"participant is {participant.status.value}, not enrolled")
    if participant.eligibility_confirmed_at is None:
        missing.append("eligibility not confirmed")
    if not participant.consent_version or participant.consent_at is None:
        missing.append("consent not recorded")
    if participant.baseline_done_at is None:
        missing.append("baseline assessment not done")
    return missing


def randomize(session: Session, study_id: str, settings: Settings, actor_id: int | None) -> Allocation:
    """Reveal the arm of `study_id` by a committed allocation, or raise RandomizeError (audited)."""
    study_id = study_ids.normalise(study_id)
    for _ in range(ATTEMPTS):
        db.begin_write(session)
        participant = session.scalar(select(Participant).where(Participant.study_id == study_id))
        if participant is None:
            _refuse(session, study_id, actor_id, f"no participant {study_id}")
        if session.scalar(select(Allocation).where(Allocation.participant_id == participant.id)):
            _refuse(session, study_id, actor_id, "already randomised")
        missing = missing_steps(participant)
        if missing:
            _refuse(session, study_id, actor_id, "cannot randomise yet: " + "; ".join(missing))
        stratum = stratum_of(participant, settings.strata_fields)
        try:
            allocation = _open_envelope(session, participant, stratum, actor_id)
        except IntegrityError:
            session.rollback()  # someone opened the same envelope, or randomised this person, first
            continue
        if allocation is None:
            _refuse(session, study_id, actor_id, _no_envelope(session, stratum))
        participant.status = ParticipantStatus.ACTIVE
        started.mark(session, participant.id, allocation.allocated_at, started.ON_RANDOMISATION)
        assessments.schedule(session, participant, allocation.allocated_at, settings.assessment_offsets_days)
        audit.record(
            session, "randomize", AuditOutcome.OK, actor_id=actor_id, target=("participant", study_id)
        )
        session.commit()
        return allocation
    _refuse(session, study_id, actor_id, "too many concurrent randomisations; try again")


def _open_envelope(session: Session, participant: Participant, stratum: str, actor_id: int | None):
    """Insert the allocation for the lowest unopened slot of `stratum` in one statement."""
    opened = exists().where(Allocation.slot_id == AllocationSlot.id)
    slot = session.execute(
        select(AllocationSlot.id, AllocationSlot.arm)
        .where(AllocationSlot.stratum == stratum, ~opened)
        .order_by(AllocationSlot.position)
        .limit(1)
    ).first()
    if slot is None:
        return None
    now = clock.now()
    session.execute(
        insert(Allocation).values(
            participant_id=participant.id,
            slot_id=slot.id,
            arm=Arm(slot.arm),
            stratum=stratum,
            allocated_at=now,
            start_date=clock.local_date(now, ZoneInfo(participant.tz)),
            allocated_by_id=actor_id,
        )
    )
    return session.scalar(select(Allocation).where(Allocation.participant_id == participant.id))


def _no_envelope(session: Session, stratum: str) -> str:
    """Why a stratum has no envelope left: never had a table, or used it all."""
    if session.scalar(select(AllocationSlot.id).where(AllocationSlot.stratum == stratum).limit(1)) is None:
        return (
            f"no allocation table covers stratum {stratum}; correct the enrolment details "
            "if they are wrong, or ask an admin to generate or import a table for it"
        )
    return f"the allocation table for stratum {stratum} is exhausted; ask an admin to add to it"


def _refuse(session: Session, study_id: str, actor_id: int | None, why: str):
    session.rollback()
    audit.record_now(
        session,
        "randomize",
        AuditOutcome.DENIED,
        actor_id=actor_id,
        target=("participant", study_id),
        detail=why,
    )
    raise RandomizeError(why)
