"""Demo data for the fidelity report: Pat Peer works the routine demo reply through the real
services, logging calls and a reply tagged with the peer roles they served (loaded once)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from textsupport.models import ContactRole, ItemState, Level, QueueItem, StaffUser
from textsupport.services.queue import casework, contacts

if TYPE_CHECKING:
    from textsupport.config import Settings

DEMO_CONTACTS = (  # (type, minutes, note, roles): logged calls and visits on the routine reply
    ("phone", 20, "Called back; talked through the walk and what helped.", ("hope", "strengths", "empathy")),
    ("phone", 15, "Shared how I got back into walking after discharge.", ("recovery_story", "role_model")),
    ("in_person", 45, "Coffee near the clinic; found a walking group.", ("community_resources", "trust")),
)
DEMO_REPLY = ("Glad the walk helped. Same time tomorrow?", ("empowerment", "recovery_planning", "empathy"))


def load(session: Session, settings: Settings, peer_email: str) -> int:
    """Pat Peer claims their routine demo item and logs tagged contacts (once); how many were tagged."""
    if session.scalar(select(func.count()).select_from(ContactRole)):
        return 0
    peer = session.scalar(select(StaffUser).where(StaffUser.email == peer_email))
    item = session.scalar(
        select(QueueItem).where(
            QueueItem.assignee_id == peer.id,
            QueueItem.level == Level.ROUTINE,
            QueueItem.state == ItemState.OPEN,
        )
    )
    if item is None:
        return 0
    casework.claim(session, item.id, peer, settings=settings)
    for kind, minutes, note, roles in DEMO_CONTACTS:
        contacts.log_contact(session, item.id, peer, kind, minutes, note, settings=settings, roles=roles)
    body, roles = DEMO_REPLY
    contacts.reply(session, item.id, peer, body, None, settings, roles=roles)
    return len(DEMO_CONTACTS) + 1
