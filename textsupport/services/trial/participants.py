"""Find a participant, complete their pre-randomisation steps, and withdraw them."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from textsupport import clock, db, study_ids
from textsupport.models import (
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
