"""Who must look at a reply: queue items routed by level and arm, with their SLA."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from textsupport.models import (
    PEER_ARMS,
    Arm,
    Arrival,
    AuditOutcome,
    EventAction,
    ItemKind,
    ItemState,
    Language,
    Level,
    Participant,
    Pool,
    StaffUser,
    WithdrawalKind,
)
from textsupport.services.programme import crisis_limit, training_reads
from textsupport.training import Work

if TYPE_CHECKING:
    from textsupport.config import Settings
    from textsupport.services.replies.handling import Handling


def sla(level: Level, settings: Settings) -> timedelta:
    """How long an item of `level` may wait for a first response (QUEUE_SLA_MINUTES)."""
    return timedelta(minutes=settings.queue_sla_minutes[level.value])


@dataclass(frozen=True)
class Reply:
    """The stored reply, as handling needs it (no ORM load of the row just inserted; its id is the
    Handling's)."""

    provider_sid: str
    from_phone: str
    received_at: datetime
    arrival: Arrival = Arrival.WEBHOOK  # anything else is late: no TwiML answer reached the person


@dataclass(frozen=True)
class Enrolled:
    """A participant as handling a reply needs them: a plain row, not an ORM object (context.read)."""

    id: int
    study_id: str
    first_name: str
    language: Language
    tz: str
    training: bool
    peer_worker_id: int | None
    sms_opted_out_at: datetime | None
    withdrawal_kind: WithdrawalKind | None

    @property
    def in_intervention(self) -> bool:
        """Not withdrawn at all (Participant.in_intervention)."""
        return self.withdrawal_kind is None


ENROLLED_COLUMNS = tuple(field.name for field in fields(Enrolled))  # Participant's columns, in this order


@dataclass(frozen=True)
class Sender:
    """Who sent a reply, read in one query with the facts routing and acknowledgement need.

    The participant is an `Enrolled` row on the webhook's path; a `Participant` serves as well.
    """

    participant: Enrolled | Participant | None
    arm: Arm | None = None
    peer_available: bool = False  # the assigned peer worker exists, is active and is on shift
    last_reply_at: datetime | None = None  # their latest reply before this one
    owners: tuple[Enrolled | Participant, ...] = ()  # everyone enrolled with this phone (several: shared)


def route(
    session: Session, sender: Sender, level: Level, settings: Settings, now: datetime
) -> tuple[Pool, int | None]:
    """Inside the caller's transaction: (pool, peer); unknown senders to admins, peers only for peer arms."""
    return routed(sender, level, settings, now, lambda: session)


def routed(
    sender: Sender, level: Level, settings: Settings, now: datetime, reads: Callable[[], Session]
) -> tuple[Pool, int | None]:
    """`route`, asking `reads` for a session only when a peer's training and crisis count must be read.

    A crisis goes to the supervisors' pool, from an unknown or shared number too (still attributed to
    nobody); the participant's peer, when on shift and trained for crisis work, is assigned too so it
    shows in their queue, but the supervisors own it. A peer whose caseload training is missing or
    expired gets no new items: they go to the supervisors. Nor does a peer who has taken
    CRISIS_PER_SHIFT_MAX crisis items this shift get another crisis.
    """
    participant = sender.participant
    if participant is None:  # unknown or shared: admins sort it out, but a crisis cannot wait for them
        return (Pool.SUPERVISOR if level is Level.CRISIS else Pool.ADMIN), None
    if participant.training:  # practice: the trainee's own set, whatever their shift or training;
        return _practice(participant, level)  # a crisis is still the supervisors' to close
    if sender.arm not in PEER_ARMS or participant.peer_worker_id is None or not participant.in_intervention:
        # TEXT and TAU never reach a peer: that would contaminate the arm. Nor does anyone withdrawn
        # from the intervention (peer contact has stopped); staff still hear them.
        return (Pool.SUPERVISOR if level is Level.CRISIS else Pool.STAFF), None
    if not sender.peer_available:
        return Pool.SUPERVISOR, None
    work = Work.CRISIS if level is Level.CRISIS else Work.CASELOAD
    session = reads()
    peer = session.get(StaffUser, participant.peer_worker_id)
    if training_reads.refusal_for(session, peer, work, settings, now):
        return Pool.SUPERVISOR, None
    if level is Level.CRISIS and crisis_limit.refusal_for(session, peer, settings, now):
        return Pool.SUPERVISOR, None  # they have had CRISIS_PER_SHIFT_MAX this shift: spare them this one
    return (Pool.SUPERVISOR if level is Level.CRISIS else Pool.PEER), peer.id


def _practice(participant: Participant, level: Level) -> tuple[Pool, int | None]:
    """Where a training participant's item goes: to the worker practising on them (PEER_TEXT-like)."""
    trainee = participant.peer_worker_id
    if level is Level.CRISIS:
        return Pool.SUPERVISOR, trainee
    return (Pool.PEER if trainee else Pool.STAFF), trainee


def open_item(
    work: Handling,
    reply: Reply,
    sender: Sender,
    level: Level,
    reasons: list[str],
    settings: Settings,
    kind: ItemKind = ItemKind.REPLY,
    now: datetime | None = None,
) -> None:
    """Inside the caller's transaction: open one item of `kind` for this reply, with its first event.

    Plain inserts on the reply's connection (Handling.open_item); on PostgreSQL they go out with the
    reply's own insert and audit entry as one statement. `work.queued_item()` gives the item's id.
    """
    now = now or work.now
    pool, assignee = routed(sender, level, settings, now, work.reads)
    participant = sender.participant
    item = {
        "participant_id": participant.id if participant else None,
        "kind": kind,
        "level": level,
        "reasons": reasons,
        "pool": pool,
        "assignee_id": assignee,
        "state": ItemState.OPEN,
        "due_at": now + sla(level, settings),
        "created_at": now,
    }
    event = {"at": now, "action": EventAction.OPENED.value, "data": {"pool": pool.value, "reasons": reasons}}
    item_id = work.open_item(item, event)
    work.trail.step(
        "inbound_queued", AuditOutcome.OK, target=("queue_item", item_id),
        detail=f"{level}: {pool}", kind=kind, level=level.value, pool=pool.value,
    )  # fmt: skip
