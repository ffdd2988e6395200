"""Fidelity tags: the peer roles a reply or logged contact served.

Tagging when a contact is logged or a reply sent runs inside that use case's transaction; changing
the tags later is its own use case, open to the worker who logged the contact and to supervisors.
Every tagging is an audit row with the role codes (codes only, never a note or a text).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from textsupport import clock, db, peer_roles
from textsupport.models import SUPERVISING, AuditOutcome, ContactRole, QueueEvent, StaffUser
from textsupport.services.queue import casework
from textsupport.services.queue.casework import CaseworkError, NotFound
from textsupport.services.queue.reads import RESPONSES
from textsupport.services.staff import audit

if TYPE_CHECKING:
    from textsupport.config import Settings


def checked(codes: Iterable[str], settings: Settings | None) -> tuple[str, ...]:
    """The roles a form ticked, checked against the list; a CaseworkError names an unknown one."""
    codes = [code for code in codes if str(code).strip()]
    if not codes:
        return ()
    try:
        return peer_roles.for_settings(settings).checked(codes)
    except peer_roles.UnknownRole as error:
        raise CaseworkError(str(error)) from None


def tag(session: Session, event: QueueEvent, codes: tuple[str, ...], user: StaffUser) -> None:
    """Inside the caller's transaction: store the new event's roles (checked) and audit them."""
    if not codes:
        return
    session.flush()  # the event's id
    now = clock.now()
    session.add_all(
        ContactRole(event_id=event.id, role_code=code, tagged_by_id=user.id, tagged_at=now) for code in codes
    )
    audit.record(
        session, "tag_contact_roles", AuditOutcome.OK, actor_id=user.id,
        target=("queue_event", event.id), roles=list(codes),
    )  # fmt: skip


def retag(session: Session, event_id: int, user: StaffUser, codes: Iterable[str], settings: Settings) -> int:
    """Replace a contact's roles; the worker who logged it or a supervisor. Returns its item's id."""
    wanted = checked(codes, settings)
    db.begin_write(session)
    event = session.get(QueueEvent, event_id)
    if event is None or event.action not in RESPONSES:
        raise NotFound("That contact does not exist.")
    casework.item_to_work(session, event.item_id, user)  # NotFound unless the item is theirs to see
    if event.actor_id != user.id and not user.has_role(*SUPERVISING):
        session.rollback()
        audit.record_now(
            session, "tag_contact_roles", AuditOutcome.DENIED, actor_id=user.id,
            target=("queue_event", event_id), detail="not the worker who logged it",
        )  # fmt: skip
        raise CaseworkError("Only the worker who logged this contact, or a supervisor, can change its roles.")
    before = roles_of(session, [event_id]).get(event_id, ())
    session.execute(delete(ContactRole).where(ContactRole.event_id == event_id))
    now = clock.now()
    session.add_all(
        ContactRole(event_id=event_id, role_code=code, tagged_by_id=user.id, tagged_at=now) for code in wanted
    )
    audit.record(
        session, "retag_contact_roles", AuditOutcome.OK, actor_id=user.id,
        target=("queue_event", event_id), before=list(before), after=list(wanted),
    )  # fmt: skip
    session.commit()
    return event.item_id


def roles_of(session: Session, event_ids: list[int]) -> dict[int, tuple[str, ...]]:
    """Inside the caller's transaction: each given event's role codes, sorted (untagged ones are left out)."""
    if not event_ids:
        return {}
    found: dict[int, list[str]] = {}
    rows = session.execute(
        select(ContactRole.event_id, ContactRole.role_code)
        .where(ContactRole.event_id.in_(event_ids))
        .order_by(ContactRole.event_id, ContactRole.role_code)
    )
    for event_id, code in rows:
        found.setdefault(event_id, []).append(code)
    return {event_id: tuple(codes) for event_id, codes in found.items()}
