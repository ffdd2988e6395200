"""Reading the reply queue: open items most serious first, and one item with its history."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import case, select
from sqlalchemy.orm import Session

from textsupport.models import (
    InboundMessage,
    ItemState,
    Level,
    Participant,
    Pool,
    QueueEvent,
    QueueItem,
    Role,
    StaffUser,
)

SEES_EVERYTHING = (Role.SUPERVISOR, Role.ADMIN)
_ORDER = case({level.value: level.priority for level in Level}, value=QueueItem.level)


@dataclass(frozen=True)
class Row:
    """One open item as the queue shows it."""

    item: QueueItem
    study_id: str | None
    first_name: str | None
    body: str | None


def visible(user: StaffUser):
    """The items `user` may see: supervisors and admins all; a peer worker their own."""
    if user.has_role(*SEES_EVERYTHING):
        return True
    return (QueueItem.pool == Pool.PEER) & (QueueItem.assignee_id == user.id)


def _rows(user: StaffUser):
    """Items `user` may see, with the participant's names and the reply's text."""
    return (
        select(QueueItem, Participant.study_id, Participant.first_name, InboundMessage.body)
        .outerjoin(Participant, Participant.id == QueueItem.participant_id)
        .outerjoin(InboundMessage, InboundMessage.id == QueueItem.inbound_id)
        .where(visible(user))
    )


def open_items(session: Session, user: StaffUser) -> list[Row]:
    """Unresolved items `user` may see, by level (crisis first), then oldest first."""
    query = (
        _rows(user)
        .where(QueueItem.state != ItemState.RESOLVED)
        .order_by(_ORDER, QueueItem.created_at, QueueItem.id)
    )
    return [Row(*found) for found in session.execute(query)]


def item_for(session: Session, item_id: int, user: StaffUser) -> tuple[Row, list[QueueEvent]] | None:
    """One item `user` may see, with its events in order; None when it is not theirs or not there."""
    found = session.execute(_rows(user).where(QueueItem.id == item_id)).first()
    if found is None:
        return None
    events = session.scalars(
        select(QueueEvent).where(QueueEvent.item_id == item_id).order_by(QueueEvent.at, QueueEvent.id)
    )
    return Row(*found), list(events)
