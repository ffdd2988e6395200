"""Builders for recognition: a worker's resolved items and logged contacts, as queue events at given
instants (hand-built, so a test states every count it expects)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy.orm import Session

from tests.support.queue_builders import make_item
from textsupport.models import EventAction, Participant, QueueEvent, QueueItem, StaffUser


def resolve_items(session: Session, worker: StaffUser, participant: Participant, times: Iterable[datetime]):
    """One new item per instant, resolved by `worker` then; returns the items."""
    items = []
    for at in times:
        item = make_item(session, participant, at=at)
        add_event(session, item, worker, EventAction.RESOLVED, at)
        items.append(item)
    return items


def log_contacts(session: Session, worker: StaffUser, item: QueueItem, times: Iterable[datetime]) -> None:
    """A contact logged by `worker` on `item` at each instant."""
    for at in times:
        add_event(session, item, worker, EventAction.CONTACT, at)


def add_event(
    session: Session, item: QueueItem, worker: StaffUser, action: EventAction, at: datetime
) -> None:
    """One event on `item` by `worker` at `at`."""
    session.add(QueueEvent(item_id=item.id, at=at, actor_id=worker.id, action=action, data={}))
    session.commit()
