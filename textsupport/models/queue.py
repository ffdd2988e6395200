"""The human reply queue: items and their append-only events."""

from __future__ import annotations

import enum
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, Integer, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from textsupport.models.base import Base, UTCDateTime, str_enum
from textsupport.triage.levels import Level


class Pool(enum.StrEnum):
    """Who an item is routed to. Crisis never goes only to a peer."""

    PEER = "peer"  # the participant's assigned peer worker (PEER and PEER_TEXT arms)
    STAFF = "staff"  # TEXT and TAU arms, unknown senders: no peer, to keep the arm clean
    SUPERVISOR = "supervisor"  # crisis, escalations, off-shift peers
    ADMIN = "admin"  # unknown or shared numbers: never attributed to a participant


class ItemState(enum.StrEnum):
    """Lifecycle of a queue item.

    open ──claim──▶ claimed ──resolve──▶ resolved
      ▲               │  ▲                  │
      └───release─────┘  └─────reopen───────┘
    """

    OPEN = "open"
    CLAIMED = "claimed"
    RESOLVED = "resolved"


class ItemKind(enum.StrEnum):
    """What a queue item asks of a person (stored as plain text: no schema change adds a kind)."""

    REPLY = "reply"  # a flagged reply (or any reply from a peer-arm participant)
    HELP = "help"  # a bare HELP: the help text went out, and a person should check in
    OPT_OUT_REQUEST = "opt_out_request"  # "please stop texting me" in words: tell them how, check in
    VERIFY_PHONE = "verify_phone"  # the number failed or is unreachable: staff verify it


class EventAction(enum.StrEnum):
    """What happened to a queue item, one append-only event each.

    opened ─▶ claimed ─▶ replied | contact | signoff_requested ─▶ resolved ─▶ reopened
       │         └─▶ released                ▲
       └─▶ rerouted (peer off shift, or their training lapsed) ─▶ escalated (by a person or past its SLA)
    """

    OPENED = "opened"
    CLAIMED = "claimed"
    RELEASED = "released"
    REPLIED = "replied"
    CONTACT = "contact"
    SIGNOFF_REQUESTED = "signoff_requested"
    ESCALATED = "escalated"
    REROUTED = "rerouted"
    RESOLVED = "resolved"
    REOPENED = "reopened"


class QueueItem(Base):
    """Something a human must look at: a flagged reply or a staff task."""

    __tablename__ = "queue_items"
    __table_args__ = (
        # One item of a kind per inbound reply: a retried webhook opens nothing twice.
        UniqueConstraint("inbound_id", "kind"),
        # Serves the queue page: unresolved items, oldest first within a level.
        Index("ix_queue_items_state_level_created_at", "state", "level", "created_at"),
        # Serves "mine": items claimed by one worker.
        Index("ix_queue_items_owner_id_state", "owner_id", "state"),
        # Serves a participant's items, and the dashboard's check for a peer's reply or contact (0013).
        Index("ix_queue_items_participant_id", "participant_id"),
        # Serves the crisis items routed to a worker this shift (the crisis limit per shift, 0023).
        # Partial: only items routed to someone are looked up by assignee (0027).
        Index(
            "ix_queue_items_assignee_id_created_at",
            "assignee_id",
            "created_at",
            sqlite_where=text("assignee_id IS NOT NULL"),
            postgresql_where=text("assignee_id IS NOT NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int | None] = mapped_column(ForeignKey("participants.id"))
    inbound_id: Mapped[int | None] = mapped_column(ForeignKey("inbound_messages.id"))
    kind: Mapped[str] = mapped_column(String(32))  # an ItemKind
    level: Mapped[Level] = mapped_column(str_enum(Level, "queue_level"))
    reasons: Mapped[list[str]] = mapped_column(JSON, default=list)
    pool: Mapped[Pool] = mapped_column(str_enum(Pool, "queue_pool"))
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))  # routed-to peer
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))  # who claimed it
    state: Mapped[ItemState] = mapped_column(str_enum(ItemState, "queue_state"), default=ItemState.OPEN)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime())  # the SLA deadline
    escalated_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class QueueEvent(Base):
    """One action on a queue item. Append-only: database triggers refuse UPDATE and DELETE."""

    __tablename__ = "queue_events"
    __table_args__ = (
        # Serves a worker's events since an instant: their claims this shift (the crisis limit per
        # shift) and their contacts and resolved items this week (the workload page).
        # Partial: the system's events (every item's "opened") are never looked up by actor (0027).
        Index(
            "ix_queue_events_actor_id_at",
            "actor_id",
            "at",
            sqlite_where=text("actor_id IS NOT NULL"),
            postgresql_where=text("actor_id IS NOT NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # Serves an item's history in order.
    item_id: Mapped[int] = mapped_column(ForeignKey("queue_items.id"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))  # None: the system
    action: Mapped[str] = mapped_column(String(32))  # an EventAction
    note: Mapped[str | None] = mapped_column(Text)
    minutes: Mapped[int | None] = mapped_column(Integer)  # duration of a logged contact
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
