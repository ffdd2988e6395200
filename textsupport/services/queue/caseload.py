"""Peer workers' caseloads: who is assigned to whom, the cap that protects them, and going off shift."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from textsupport import clock, db, study_ids
from textsupport.models import (
    PEER_ARMS,
    Allocation,
    AuditOutcome,
    Participant,
    ParticipantStatus,
    Role,
    StaffUser,
)
from textsupport.services.programme import training_reads
from textsupport.services.staff import audit
from textsupport.services.trial import started
from textsupport.training import Work

if TYPE_CHECKING:
    from textsupport.config import Settings

ON_CASELOAD = (ParticipantStatus.ENROLLED, ParticipantStatus.ACTIVE)  # completed and withdrawn leave it


class CaseloadError(ValueError):
    """The assignment is refused; the message says why."""


def cap(peer: StaffUser, settings: Settings) -> int:
    """This peer's cap: their own if set, else PEER_CASELOAD_CAP."""
    return peer.caseload_cap or settings.peer_caseload_cap


def sizes(session: Session) -> dict[int, int]:
    """Participants on each peer's caseload, in one query."""
    query = (
        select(Participant.peer_worker_id, func.count())
        .where(
            Participant.peer_worker_id.is_not(None),
            Participant.status.in_(ON_CASELOAD),
            Participant.in_intervention,
            Participant.in_trial,  # a practice set is not a caseload
        )
        .group_by(Participant.peer_worker_id)
    )
    return dict(session.execute(query).all())


def peers(session: Session) -> list[StaffUser]:
    """Active peer workers, by name."""
    return list(
        session.scalars(
            select(StaffUser)
            .where(StaffUser.role == Role.PEER_WORKER, StaffUser.is_active.is_(True))
            .order_by(StaffUser.display_name, StaffUser.id)
        )
    )


def assign(
    session: Session,
    study_id: str,
    peer_id: int | None,
    settings: Settings,
    actor: StaffUser,
    override_reason: str = "",
) -> Participant:
    """Assign a PEER or PEER_TEXT participant to a peer worker (None: unassign).

    Over the cap needs a supervisor's override with a reason. TEXT and TAU are refused: a peer
    for them would contaminate the arm. So is a peer whose caseload training is missing or expired.
    """
    db.begin_write(session)
    study_id = study_ids.normalise(study_id)
    participant = session.scalar(select(Participant).where(Participant.study_id == study_id))
    if participant is None:
        raise CaseloadError(f"No participant {study_id!r}.")
    arm = session.scalar(select(Allocation.arm).where(Allocation.participant_id == participant.id))
    if peer_id is not None and arm not in PEER_ARMS:
        _refuse(session, actor, participant, "not a peer arm")
        raise CaseloadError(
            f"{participant.study_id} is not in a peer arm, so no peer worker may be assigned (it would "
            "contaminate the arm)."
        )
    if peer_id is not None and participant.status not in ON_CASELOAD:
        raise CaseloadError(
            f"{participant.study_id} has {participant.status.value}, so they cannot join a caseload."
        )
    if peer_id is not None and not participant.in_intervention:
        _refuse(session, actor, participant, "withdrawn from the intervention")
        raise CaseloadError(
            f"{participant.study_id} has withdrawn from the intervention, so peer contact has stopped and "
            "no peer worker may be assigned."
        )
    if peer_id is None:
        previous, participant.peer_worker_id = participant.peer_worker_id, None
        audit.record(
            session, "peer_unassigned", AuditOutcome.OK, actor_id=actor.id,
            target=("participant", participant.study_id), previous=previous,
        )  # fmt: skip
        session.commit()
        return participant
    # Lock the peer's row so two supervisors assigning at once cannot both slip under the cap.
    peer = session.scalar(select(StaffUser).where(StaffUser.id == peer_id).with_for_update())
    if peer is None or peer.role is not Role.PEER_WORKER or not peer.is_active:
        raise CaseloadError("Choose an active peer worker.")
    if participant.peer_worker_id == peer.id:
        session.rollback()
        return participant
    untrained = training_reads.refusal_for(session, peer, Work.CASELOAD, settings, clock.now())
    if untrained:
        _refuse(session, actor, participant, "training not current")
        raise CaseloadError(untrained + ".")
    size = session.scalar(
        select(func.count()).where(
            Participant.peer_worker_id == peer.id,
            Participant.status.in_(ON_CASELOAD),
            Participant.in_intervention,
        )
    )
    limit = cap(peer, settings)
    override = (override_reason or "").strip()
    if size >= limit and not override:
        raise CaseloadError(
            f"{peer.display_name} already has {size} participants (cap {limit}). A supervisor may go over "
            "the cap with a reason."
        )
    if size >= limit and not actor.has_role(Role.SUPERVISOR, Role.ADMIN):
        raise CaseloadError("Only a supervisor may go over a caseload cap.")
    participant.peer_worker_id = peer.id
    started.mark(session, participant.id, clock.now(), started.PEER_CONTACT)
    audit.record(
        session, "peer_assigned", AuditOutcome.OK, actor_id=actor.id,
        target=("participant", participant.study_id), detail=override or None,
        peer_id=peer.id, caseload=size + 1, cap=limit, over_cap=size >= limit,
    )  # fmt: skip
    session.commit()
    return participant


def _refuse(session: Session, actor: StaffUser, participant: Participant, why: str) -> None:
    session.rollback()
    audit.record_now(
        session, "peer_assigned", AuditOutcome.DENIED, actor_id=actor.id,
        target=("participant", participant.study_id), detail=why,
    )  # fmt: skip


def set_shift(session: Session, user: StaffUser, on_shift: bool) -> None:
    """Mark a worker on or off shift; while off, their new items go to the supervisors."""
    db.begin_write(session)
    worker = session.get(StaffUser, user.id)
    if on_shift and not worker.on_shift:
        worker.shift_started_at = clock.now()  # a new shift: its crisis items are counted from here
    worker.on_shift = on_shift
    audit.record(session, "shift_on" if on_shift else "shift_off", AuditOutcome.OK, actor_id=user.id)
    session.commit()
