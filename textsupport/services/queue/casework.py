"""Working one queue item: claim, reply by SMS, log a contact, escalate, resolve, reopen.

Each action is one transaction: a conditional UPDATE of the item (so two people pressing the same
button at once cannot both succeed), one appended event, and one audit row.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from textsupport import clock, db
from textsupport.models import (
    SUPERVISING,
    AuditOutcome,
    EventAction,
    InboundMessage,
    ItemState,
    OutboundKind,
    OutboundMessage,
    Participant,
    Pool,
    QueueEvent,
    QueueItem,
    StaffUser,
)
from textsupport.services.queue import reads as queue
from textsupport.services.replies import routing
from textsupport.services.staff import audit, submissions

if TYPE_CHECKING:
    from textsupport.config import Settings

CONTACT_TYPES = {"phone": "Phone call", "in_person": "In person", "video": "Video call"}
REPLY_MAX_CHARS = 640  # four SMS segments: long enough to help, short enough for a cheap phone
RECENT_REPLY = timedelta(hours=1)  # answering a text this fresh is not held for quiet hours
NOTE_MAX_CHARS = 2000


class CaseworkError(ValueError):
    """The action cannot be done; the message says why, in words for the person who tried."""


class NotFound(CaseworkError):
    """No such item, or not one this person may see."""


class Conflict(CaseworkError):
    """Someone else got there first, or the item is no longer in that state."""


def _item(session: Session, item_id: int, user: StaffUser) -> QueueItem:
    item = session.scalar(select(QueueItem).where(QueueItem.id == item_id, queue.visible(user)))
    if item is None:
        raise NotFound("That item does not exist or is not in your queue.")
    return item


def _must_work_on(item: QueueItem, user: StaffUser) -> None:
    """Peers act on items they have claimed; supervisors and admins on any open item."""
    if item.state is ItemState.RESOLVED:
        raise CaseworkError("This item is resolved. Reopen it first.")
    if item.owner_id != user.id and not user.has_role(*SUPERVISING):
        raise CaseworkError("Claim this item before working on it.")


def _level(session: Session, item_id: int):
    return session.scalar(select(QueueItem.level).where(QueueItem.id == item_id))


def _text(value: str | None, what: str, limit: int = NOTE_MAX_CHARS) -> str:
    value = (value or "").strip()
    if not value:
        raise CaseworkError(f"Please write {what}.")
    if len(value) > limit:
        raise CaseworkError(f"{what.capitalize()} is {len(value)} characters; the limit is {limit}.")
    return value


def _record(session, item_id, user, action, now, note=None, minutes=None, **data) -> None:
    """Append the event and its audit row."""
    session.add(
        QueueEvent(
            item_id=item_id, at=now, actor_id=user.id, action=action, note=note, minutes=minutes, data=data
        )
    )
    audit.record(
        session, f"queue_{action}", AuditOutcome.OK, actor_id=user.id, target=("queue_item", item_id)
    )


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


def claim(session: Session, item_id: int, user: StaffUser) -> QueueItem:
    """Take an open item; if someone else already has it, say who."""
    db.begin_write(session)
    item = _item(session, item_id, user)
    now = clock.now()
    won = _move(
        session,
        item,
        (QueueItem.state == ItemState.OPEN, QueueItem.owner_id.is_(None)),
        owner_id=user.id,
        state=ItemState.CLAIMED,
    )
    if not won:
        session.rollback()
        item = _item(session, item_id, user)
        if item.owner_id == user.id:
            return item  # a double click: already yours
        if item.state is ItemState.RESOLVED:
            raise Conflict("This item is already resolved.")
        owner = session.get(StaffUser, item.owner_id) if item.owner_id else None
        raise Conflict(f"{owner.display_name if owner else 'Someone'} has already claimed this item.")
    _record(session, item.id, user, EventAction.CLAIMED, now)
    session.commit()
    return item


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
    _spend(session, token, user, action)
    item = _item(session, item_id, user)
    if work:
        _must_work_on(item, user)
    if check is not None:
        check(item, user)
    now = clock.now()
    if not _move(session, item, when, **values(now)):
        raise Conflict(refused)
    _record(session, item_id, user, action, now, note=note)
    session.commit()


def _spend(session: Session, token: str | None, user: StaffUser, action: str) -> None:
    """Spend the form's one-time token first (None: not from a form, e.g. the CLI or a test)."""
    if token is not None:
        submissions.spend(session, token, user.id, f"queue_{action}")


def reply(
    session: Session, item_id: int, user: StaffUser, text: str, token: str | None, settings: Settings
) -> OutboundMessage:
    """Queue an SMS to the participant through the outbox; the form's token makes a resubmit harmless."""
    body = _text(text, "a reply", REPLY_MAX_CHARS)
    db.begin_write(session)
    _spend(session, token, user, EventAction.REPLIED)
    item = _item(session, item_id, user)
    _must_work_on(item, user)
    participant = session.get(Participant, item.participant_id) if item.participant_id else None
    if participant is not None and participant.sms_opted_out_at is not None:
        raise CaseworkError("They have opted out of texts (STOP), so no SMS can be sent. Log a call instead.")
    if participant is not None and not participant.in_study:
        raise CaseworkError("They have withdrawn from the study, so no SMS can be sent. Log a call instead.")
    if participant is not None and not participant.in_intervention and not user.has_role(*SUPERVISING):
        raise CaseworkError(
            "They have withdrawn from the intervention, so peer contact has stopped. Release the item for "
            "a supervisor."
        )
    to_phone = None if participant else _sender(session, item)
    if participant is None and not to_phone:
        raise CaseworkError("There is no number to reply to.")
    now = clock.now()
    key = f"item:{item.id}:reply:{(token or '').strip()[:40] or now.isoformat()}"
    outbound = OutboundMessage(
        participant_id=participant.id if participant else None,
        staff_user_id=user.id,
        kind=OutboundKind.STAFF_REPLY,
        idempotency_key=key,
        to_phone=to_phone,
        body=body,
        urgent=_replied_recently(session, item, participant, to_phone, now),
        scheduled_for=now,
        created_at=now,
        updated_at=now,
    )
    try:
        with session.begin_nested():
            session.add(outbound)
    except IntegrityError:
        session.rollback()  # this form was already sent: the first submit stands
        return session.scalar(select(OutboundMessage).where(OutboundMessage.idempotency_key == key))
    _record(session, item.id, user, EventAction.REPLIED, now, outbound_id=outbound.id, urgent=outbound.urgent)
    session.commit()
    return outbound


def _sender(session: Session, item: QueueItem) -> str | None:
    if item.inbound_id is None:
        return None
    return session.scalar(select(InboundMessage.from_phone).where(InboundMessage.id == item.inbound_id))


def _replied_recently(session, item, participant, to_phone, now: datetime) -> bool:
    """True when their last text came within the hour: then our answer may go in quiet hours."""
    where = (
        InboundMessage.participant_id == participant.id
        if participant
        else InboundMessage.from_phone == to_phone
    )
    latest = session.scalar(select(func.max(InboundMessage.received_at)).where(where))
    return latest is not None and clock.as_utc(latest) >= now - RECENT_REPLY


def log_contact(
    session: Session, item_id: int, user: StaffUser, kind: str, minutes: Any, note: str, *, token=None
) -> None:
    """Record a phone or in-person contact: its type, how long it took, and a note."""
    if kind not in CONTACT_TYPES:
        raise CaseworkError(f"Choose the type of contact: {', '.join(CONTACT_TYPES.values())}.")
    try:
        duration = int(str(minutes).strip())
    except ValueError:
        raise CaseworkError("Duration must be a whole number of minutes.") from None
    if not 1 <= duration <= 600:
        raise CaseworkError("Duration must be between 1 and 600 minutes.")
    note = _text(note, "a note about the contact")
    db.begin_write(session)
    _spend(session, token, user, EventAction.CONTACT)
    item = _item(session, item_id, user)
    _must_work_on(item, user)
    _record(session, item.id, user, EventAction.CONTACT, clock.now(), note=note, minutes=duration, type=kind)
    session.commit()


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
        note=_text(reason, "why you are escalating"), token=token,
    )  # fmt: skip


def resolve(session: Session, item_id: int, user: StaffUser, note: str, *, token=None) -> None:
    """Close an item; a note saying what was done is required."""
    _change(
        session, item_id, user, EventAction.RESOLVED,
        when=(QueueItem.state != ItemState.RESOLVED,),
        values=lambda now: {"state": ItemState.RESOLVED, "resolved_at": now},
        refused="This item is already resolved.",
        note=_text(note, "a note saying what was done"),
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
        note=_text(reason, "why you are reopening it"),
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
    note = _text(note, "what was done and what the supervisor should check")
    db.begin_write(session)
    item = _item(session, item_id, user)
    _must_work_on(item, user)
    if not queue.needs_signoff(item):
        raise CaseworkError("This item does not need a supervisor's sign-off: resolve it yourself.")
    if session.scalar(select(QueueItem.id).where(QueueItem.id == item.id, queue.SIGNOFF_PENDING)):
        raise Conflict("Sign-off is already requested for this item.")
    _record(session, item.id, user, EventAction.SIGNOFF_REQUESTED, clock.now(), note=note)
    session.commit()
