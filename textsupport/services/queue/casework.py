"""Working one queue item: claim, release, escalate, resolve, request sign-off, reopen.

Replying by SMS and logging a contact are in contacts.py, on the same helpers.

Each action is one transaction: a conditional UPDATE of the item (so two people pressing the same
button at once cannot both succeed), one appended event, and one audit row.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from textsupport import clock, db
from textsupport.models import (
    SUPERVISING,
    AuditOutcome,
    EventAction,
    ItemState,
    Level,
    Pool,
    QueueEvent,
    QueueItem,
    Role,
    StaffUser,
)
from textsupport.services.programme import crisis_limit, training_reads
from textsupport.services.queue import reads as queue
from textsupport.services.replies import routing
from textsupport.services.staff import audit, submissions
from textsupport.services.trial import started
from textsupport.training import Work

if TYPE_CHECKING:
    from textsupport.config import Settings

NOTE_MAX_CHARS = 2000


class CaseworkError(ValueError):
    """The action cannot be done; the message says why, in words for the person who tried."""


class NotFound(CaseworkError):
    """No such item, or not one this person may see."""


class Conflict(CaseworkError):
    """Someone else got there first, or the item is no longer in that state."""


def item_to_work(session: Session, item_id: int, user: StaffUser) -> QueueItem:
    """Inside the caller's transaction: the item, if this person may see it, else NotFound."""
    item = session.scalar(select(QueueItem).where(QueueItem.id == item_id, queue.visible(user)))
    if item is None:
        raise NotFound("That item does not exist or is not in your queue.")
    return item


def must_work_on(item: QueueItem, user: StaffUser) -> None:
    """Inside the caller's transaction: refuse unless this person may act on the item now.

    Peers act on items they have claimed; supervisors and admins on any open item.
    """
    if item.state is ItemState.RESOLVED:
        raise CaseworkError("This item is resolved. Reopen it first.")
    if item.owner_id != user.id and not user.has_role(*SUPERVISING):
        raise CaseworkError("Claim this item before working on it.")


def _level(session: Session, item_id: int):
    return session.scalar(select(QueueItem.level).where(QueueItem.id == item_id))


def required_text(value: str | None, what: str, limit: int = NOTE_MAX_CHARS) -> str:
    """The stripped text, or a CaseworkError asking for `what` or saying it is too long."""
    value = (value or "").strip()
    if not value:
        raise CaseworkError(f"Please write {what}.")
    if len(value) > limit:
        raise CaseworkError(f"{what.capitalize()} is {len(value)} characters; the limit is {limit}.")
    return value


def record(session, item_id, user, action, now, note=None, minutes=None, **data) -> QueueEvent:
    """Inside the caller's transaction: append the event and its audit row (a reply or contact may
    start a peer arm's intervention); returns the event."""
    event = QueueEvent(
        item_id=item_id, at=now, actor_id=user.id, action=action, note=note, minutes=minutes, data=data
    )
    session.add(event)
    audit.record(
        session, f"queue_{action}", AuditOutcome.OK, actor_id=user.id, target=("queue_item", item_id)
    )
    if action in queue.RESPONSES:
        started.mark_for_item(session, item_id, now)
    return event


def _move(session: Session, item: QueueItem, when, **values) -> bool:
    """UPDATE the item only if `when` still holds; True when this caller won."""
    result = session.execute(
        update(QueueItem)
        .where(QueueItem.id == item.id, *when)
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    session.expire(item)
    return result.rowcount == 1


def claim(session: Session, item_id: int, user: StaffUser, *, settings: Settings) -> QueueItem:
    """Take an open item; if someone else already has it, say who.

    A peer worker whose crisis training is missing or expired may not take a crisis item (refused
    with the reason, audited as denied): the same rule routing applies to new crises.
    Nor may a peer who has taken CRISIS_PER_SHIFT_MAX crisis items this shift claim another (one
    already routed to them is counted, so they may claim that one). Neither rule applies to a practice
    crisis (a training participant's): it is how a new worker learns the work.
    """
    db.begin_write(session)
    item = item_to_work(session, item_id, user)
    now = clock.now()
    practice = queue.is_practice(session, item)  # a trainee's own practice crisis: neither rule holds it back
    if item.level is Level.CRISIS and user.role is Role.PEER_WORKER and not practice:
        untrained = training_reads.refusal_for(session, user, Work.CRISIS, settings, now)
        if untrained:
            session.rollback()
            audit.record_now(
                session, f"queue_{EventAction.CLAIMED}", AuditOutcome.DENIED, actor_id=user.id,
                target=("queue_item", item_id), detail="training not current",
            )  # fmt: skip
            raise CaseworkError(untrained + ". A supervisor takes this item.")
    if not practice:
        _within_crisis_limit(session, item, user, settings, now)
    won = _move(
        session,
        item,
        (QueueItem.state == ItemState.OPEN, QueueItem.owner_id.is_(None)),
        owner_id=user.id,
        state=ItemState.CLAIMED,
    )
    if not won:
        session.rollback()
        item = item_to_work(session, item_id, user)
        if item.owner_id == user.id:
            return item  # a double click: already yours
        if item.state is ItemState.RESOLVED:
            raise Conflict("This item is already resolved.")
        owner = session.get(StaffUser, item.owner_id) if item.owner_id else None
        raise Conflict(f"{owner.display_name if owner else 'Someone'} has already claimed this item.")
    record(session, item.id, user, EventAction.CLAIMED, now)
    session.commit()
    return item


def _within_crisis_limit(session: Session, item: QueueItem, user: StaffUser, settings: Settings, now) -> None:
    """Refuse a peer's claim of a crisis item not yet counted for them once they are at the limit."""
    if item.level is not Level.CRISIS or item.assignee_id == user.id or item.owner_id == user.id:
        return
    refused = crisis_limit.refusal_for(session, user, settings, now)
    if refused:
        session.rollback()
        audit.record_now(
            session, "queue_claimed", AuditOutcome.DENIED, actor_id=user.id,
            target=("queue_item", item.id), detail="crisis limit per shift",
        )  # fmt: skip
        raise CaseworkError(refused + ". Ask a supervisor if this one needs you.")


def release(session: Session, item_id: int, user: StaffUser) -> None:
    """Give a claimed item back to its pool."""
    _change(
        session, item_id, user, EventAction.RELEASED,
        when=(QueueItem.state == ItemState.CLAIMED,),
        values=lambda now: {"owner_id": None, "state": ItemState.OPEN},
        refused="This item is not claimed.",
    )  # fmt: skip


def _change(
    session, item_id, user, action, *, when, values, refused, note=None, work=True, check=None, token=None
) -> None:
    """One state change as one transaction: spend the form's token, check, conditional UPDATE, event."""
    db.begin_write(session)
    spend(session, token, user, action)
    item = item_to_work(session, item_id, user)
    if work:
        must_work_on(item, user)
    if check is not None:
        check(item, user)
    now = clock.now()
    if not _move(session, item, when, **values(now)):
        raise Conflict(refused)
    record(session, item_id, user, action, now, note=note)
    session.commit()


def spend(session: Session, token: str | None, user: StaffUser, action: str) -> None:
    """Inside the caller's transaction: spend the form's one-time token first.

    None means not from a form (the CLI or a test).
    """
    if token is not None:
        submissions.spend(session, token, user.id, f"queue_{action}")


def escalate(session: Session, item_id: int, user: StaffUser, reason: str, *, token=None) -> None:
    """Hand an item to the supervisors with a reason: it leaves its owner and peer for their pool.

    The participant's peer still sees it among their participants' items ("all"), not as theirs to do.
    escalated_at stays for the SLA job, so an overdue crisis still pages on-call.
    """
    _change(
        session, item_id, user, EventAction.ESCALATED,
        when=(QueueItem.state != ItemState.RESOLVED,),
        values=lambda now: {
            "pool": Pool.SUPERVISOR, "owner_id": None, "assignee_id": None, "state": ItemState.OPEN,
        },
        refused="This item is already resolved.",
        note=required_text(reason, "why you are escalating"), token=token,
    )  # fmt: skip


def resolve(session: Session, item_id: int, user: StaffUser, note: str, *, token=None) -> None:
    """Close an item; a note saying what was done is required."""
    _change(
        session, item_id, user, EventAction.RESOLVED,
        when=(QueueItem.state != ItemState.RESOLVED,),
        values=lambda now: {"state": ItemState.RESOLVED, "resolved_at": now},
        refused="This item is already resolved.",
        note=required_text(note, "a note saying what was done"),
        check=_may_resolve,
        token=token,
    )  # fmt: skip


def reopen(
    session: Session, item_id: int, user: StaffUser, reason: str, *, settings: Settings, token=None
) -> None:
    """Open a resolved item again, unclaimed, with a reason and a fresh SLA from now."""
    _change(
        session, item_id, user, EventAction.REOPENED,
        when=(QueueItem.state == ItemState.RESOLVED,),
        values=lambda now: {
            "state": ItemState.OPEN, "owner_id": None, "resolved_at": None,
            "due_at": now + routing.sla(_level(session, item_id), settings), "escalated_at": None,
        },
        refused="This item is not resolved.",
        note=required_text(reason, "why you are reopening it"),
        work=False, token=token,
    )  # fmt: skip


def _may_resolve(item: QueueItem, user: StaffUser) -> None:
    """A crisis in the supervisors' pool is closed by a supervisor or admin; a peer asks for sign-off."""
    if queue.needs_signoff(item) and not user.has_role(*SUPERVISING):
        raise CaseworkError(
            "Only a supervisor or admin can resolve a crisis routed to supervisors. "
            "Log your contact and request sign-off instead."
        )


def request_signoff(session: Session, item_id: int, user: StaffUser, note: str) -> None:
    """Ask a supervisor to sign off (resolve) a crisis in their pool: an event, the item unchanged."""
    note = required_text(note, "what was done and what the supervisor should check")
    db.begin_write(session)
    item = item_to_work(session, item_id, user)
    must_work_on(item, user)
    if not queue.needs_signoff(item):
        raise CaseworkError("This item does not need a supervisor's sign-off: resolve it yourself.")
    if session.scalar(select(QueueItem.id).where(QueueItem.id == item.id, queue.SIGNOFF_PENDING)):
        raise Conflict("Sign-off is already requested for this item.")
    record(session, item.id, user, EventAction.SIGNOFF_REQUESTED, clock.now(), note=note)
    session.commit()
