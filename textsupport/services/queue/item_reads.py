"""What a worker needs beside a queue item to act: who may call, the number, crisis lines, recent contacts."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

import phonenumbers
from sqlalchemy import select
from sqlalchemy.orm import Session

from textsupport.content import CrisisLines
from textsupport.models import SUPERVISING, EventAction, Participant, QueueEvent, QueueItem, Role, StaffUser
from textsupport.services.queue import reads as queue

CONTACTS_SHOWN = 5  # the newest logged contacts on an item's page


@dataclass(frozen=True)
class Phone:
    """A number to call: how it reads, and the tel: link that dials it."""

    text: str
    href: str


@dataclass(frozen=True)
class Contact:
    """One logged contact with the participant, from any of their items the viewer may see."""

    at: datetime
    item_id: int
    worker: str | None
    type: str | None
    minutes: int | None
    note: str | None


@dataclass(frozen=True)
class ItemFacts:
    """The item page's side panel: the number to call (None: not for this viewer), crisis lines, contacts."""

    phone: Phone | None
    needs_signoff: bool  # only a supervisor or admin may resolve it
    crisis_lines: list[tuple[str, Phone]]
    crisis_verified: date
    contacts: list[Contact]


def may_call(user: StaffUser, participant_peer_id: int | None) -> bool:
    """Supervisors and admins may call anyone; a peer worker only the participants on their caseload."""
    if user.has_role(*SUPERVISING):
        return True
    return (
        user.has_role(Role.PEER_WORKER) and participant_peer_id is not None and participant_peer_id == user.id
    )


def phone(number: str) -> Phone:
    """A stored number (E.164, or a short code such as 9-8-8) as it reads and as a tel: link."""
    try:
        parsed = phonenumbers.parse(number, "CA")
    except phonenumbers.NumberParseException:
        parsed = None
    if parsed is not None and phonenumbers.is_valid_number(parsed):
        text = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
        return Phone(text, f"tel:{phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)}")
    return Phone(number, "tel:" + re.sub(r"[^0-9+]", "", number))  # 9-8-8 and 911 are dialled as digits


def facts(session: Session, row: queue.Row, user: StaffUser, crisis: CrisisLines) -> ItemFacts:
    """The side panel for `row` as `user` may see it (runs in the caller's transaction)."""
    item = row.item
    number, peer_id = None, None
    if item.participant_id is not None:
        number, peer_id = session.execute(
            select(Participant.phone, Participant.peer_worker_id).where(Participant.id == item.participant_id)
        ).one()
    elif row.from_phone:
        number = row.from_phone  # an unknown number: only supervisors and admins see these items
    shown = phone(number) if number and may_call(user, peer_id) else None
    lines = [(crisis.label(key), phone(value)) for key, value in crisis.lines.items()]
    return ItemFacts(
        shown, queue.needs_signoff(item), lines, crisis.last_verified, contacts(session, item, user)
    )


def contacts(
    session: Session, item: QueueItem, user: StaffUser, limit: int = CONTACTS_SHOWN
) -> list[Contact]:
    """The newest contacts logged with this item's participant, across the items `user` may see."""
    if item.participant_id is None:
        where = QueueEvent.item_id == item.id
    else:
        where = QueueItem.participant_id == item.participant_id
    rows = session.execute(
        select(
            QueueEvent.at,
            QueueEvent.item_id,
            StaffUser.display_name,
            QueueEvent.data,
            QueueEvent.minutes,
            QueueEvent.note,
        )
        .join(QueueItem, QueueItem.id == QueueEvent.item_id)
        .outerjoin(StaffUser, StaffUser.id == QueueEvent.actor_id)
        .where(where, QueueEvent.action == EventAction.CONTACT, queue.visible(user))
        .order_by(QueueEvent.at.desc(), QueueEvent.id.desc())
        .limit(limit)
    )
    return [
        Contact(at, item_id, worker, (data or {}).get("type"), minutes, note)
        for at, item_id, worker, data, minutes, note in rows
    ]
