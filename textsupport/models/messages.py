"""Texts out (the outbox), their delivery status events, and texts in."""

from __future__ import annotations

import enum
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from textsupport.models.base import Base, UTCDateTime, str_enum
from textsupport.models.queue import Level


class OutboundKind(enum.StrEnum):
    """Why a text is sent. Other programs rely on these names: more may be added, none renamed."""

    DAILY = "daily"
    WELCOME = "welcome"
    CLOSING = "closing"
    APPOINTMENT_REMINDER = "appointment_reminder"
    SURVEY_INVITATION = "survey_invitation"
    SURVEY_REMINDER = "survey_reminder"
    AUTO_REPLY = "auto_reply"
    STAFF_REPLY = "staff_reply"
    NOTIFICATION = "notification"


class OutboundStatus(enum.StrEnum):
    """Lifecycle of an outbound text.

        planned ─▶ sending ─▶ sent ─▶ delivered | undelivered | failed
           │          │
           │          └─▶ unknown ─▶ (reconciled) sent | failed
           ├─▶ cancelled   (opt-out, withdrawal, arm change)
           └─▶ expired     (its local day passed before it could go)

    Status callbacks never move a message backwards: see `rank`.
    """

    PLANNED = "planned"
    SENDING = "sending"
    UNKNOWN = "unknown"
    SENT = "sent"
    DELIVERED = "delivered"
    UNDELIVERED = "undelivered"
    FAILED = "failed"
    CANCELLED = "cancelled"
    EXPIRED = "expired"

    @property
    def rank(self) -> int:
        """Progress order: a status may only be replaced by one of higher rank."""
        return _RANK[self]


_RANK = {
    OutboundStatus.PLANNED: 0,
    OutboundStatus.SENDING: 1,
    OutboundStatus.UNKNOWN: 2,
    OutboundStatus.SENT: 3,
    OutboundStatus.DELIVERED: 4,
    OutboundStatus.UNDELIVERED: 4,
    OutboundStatus.FAILED: 4,
    OutboundStatus.CANCELLED: 4,
    OutboundStatus.EXPIRED: 4,
}


class OutboundMessage(Base):
    """One text we intend to send, are sending, or sent."""

    __tablename__ = "outbound_messages"
    __table_args__ = (
        # One planned text per kind per participant per local day: planning is safe to repeat
        # and a second scheduler cannot double-plan. Event-driven kinds leave local_date NULL.
        UniqueConstraint("participant_id", "kind", "local_date"),
        # Event-driven texts (auto replies, staff replies, notifications) are unique on the
        # event that caused them, e.g. 'inbound:SM123:crisis', so a retried webhook sends once.
        UniqueConstraint("idempotency_key"),
        # Every row is protected by one of the two keys above.
        CheckConstraint("local_date IS NOT NULL OR idempotency_key IS NOT NULL", name="has_dedupe_key"),
        # Serves the dispatcher: due rows of one status in time order.
        Index("ix_outbound_messages_status_scheduled_for", "status", "scheduled_for"),
        # Serves a participant's thread and outbox listing.
        Index("ix_outbound_messages_participant_id_scheduled_for", "participant_id", "scheduled_for"),
        # Serves the trial dashboard: texts per week of a date range, index-only on PostgreSQL (0011).
        Index(
            "ix_outbound_messages_scheduled_for",
            "scheduled_for",
            postgresql_include=["status", "sent_at", "participant_id", "error_code"],
        ),
        # Serves an unknown number's thread: staff replies to it carry to_phone, most rows have none (0004).
        Index(
            "ix_outbound_messages_to_phone_scheduled_for",
            "to_phone",
            "scheduled_for",
            sqlite_where=text("to_phone IS NOT NULL"),
            postgresql_where=text("to_phone IS NOT NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int | None] = mapped_column(ForeignKey("participants.id"))  # None: to staff
    staff_user_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))  # notifications
    kind: Mapped[OutboundKind] = mapped_column(str_enum(OutboundKind, "outbound_kind"))
    local_date: Mapped[date | None] = mapped_column(Date)
    idempotency_key: Mapped[str | None] = mapped_column(String(120))
    to_phone: Mapped[str | None] = mapped_column(String(16))  # None: the participant's phone at send time
    # The text as sent. Planned texts keep NULL and are rendered from messages/ at send time,
    # so the planner stays set-based SQL and a wording fix reaches texts not yet sent.
    body: Mapped[str | None] = mapped_column(Text)
    # What the text is about, for rendering it: a follow-up assessment or an appointment.
    assessment_id: Mapped[int | None] = mapped_column(ForeignKey("assessments.id"))
    appointment_id: Mapped[int | None] = mapped_column(ForeignKey("appointments.id"))
    segments: Mapped[int | None] = mapped_column(Integer)  # billed SMS segments, known once rendered
    # Urgent texts (crisis resources, a reply within the hour) may go out in quiet hours.
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    scheduled_for: Mapped[datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime())  # daily: end of its local day
    status: Mapped[OutboundStatus] = mapped_column(
        str_enum(OutboundStatus, "outbound_status"), default=OutboundStatus.PLANNED
    )
    # Unique: status callbacks find their message by Twilio's SID.
    provider_sid: Mapped[str | None] = mapped_column(String(64), unique=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    error_code: Mapped[int | None] = mapped_column(Integer)
    last_error: Mapped[str | None] = mapped_column(String(255))
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())  # when a dispatcher took it
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class DeliveryEvent(Base):
    """One status callback as received. Append-only; several per message, in any order."""

    __tablename__ = "delivery_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Serves "history of this message"; nullable because a callback can beat our own commit.
    outbound_id: Mapped[int | None] = mapped_column(ForeignKey("outbound_messages.id"), index=True)
    # Serves matching late callbacks to a message by SID.
    provider_sid: Mapped[str] = mapped_column(String(64), index=True)
    status: Mapped[str] = mapped_column(String(32))  # Twilio's word, kept even if unknown to us
    error_code: Mapped[int | None] = mapped_column(Integer)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime())  # when the webhook got it (spooled too)
    # Unique: the callback named by its signed fields (services/sending/delivery.py::callback_key), so
    # one stored live, spooled as well (its commit raised yet committed) and replayed is stored once.
    # NULL on rows stored before migration 0022 (a replayed one has its spool line's key).
    callback_key: Mapped[str | None] = mapped_column(String(64), index=True, unique=True)


class Arrival(enum.StrEnum):
    """How a reply reached us.

        webhook ─ Twilio posted it and we stored it at once
        spool ─── the database was down: the webhook spooled it, the scheduler stored it later
        backstop ─ we never got the webhook: found in Twilio's message list and stored later

    Anything but `webhook` is late: `received_at` keeps when it reached Twilio or us, `stored_at` when
    it was stored.
    """

    WEBHOOK = "webhook"
    SPOOL = "spool"
    BACKSTOP = "backstop"


class InboundMessage(Base):
    """One text a participant (or anyone) sent us, stored verbatim, exactly once."""

    __tablename__ = "inbound_messages"
    __table_args__ = (
        # Serves a participant's thread in time order.
        Index("ix_inbound_messages_participant_id_received_at", "participant_id", "received_at"),
        # Serves an unknown number's thread in time order (0004).
        Index("ix_inbound_messages_from_phone_received_at", "from_phone", "received_at"),
        # Serves the trial dashboard: replies per week of a date range, index-only on PostgreSQL (0011).
        Index(
            "ix_inbound_messages_received_at", "received_at", postgresql_include=["level", "participant_id"]
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # Unique: Twilio retries webhooks; the MessageSid makes the insert idempotent.
    provider_sid: Mapped[str] = mapped_column(String(64), unique=True)
    participant_id: Mapped[int | None] = mapped_column(ForeignKey("participants.id"))  # None: unknown sender
    from_phone: Mapped[str] = mapped_column(String(32))
    to_phone: Mapped[str | None] = mapped_column(String(32))
    body: Mapped[str] = mapped_column(Text)
    num_media: Mapped[int] = mapped_column(Integer, default=0)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # Triage verdict, filled in the same request; NULL means it was never classified.
    level: Mapped[Level | None] = mapped_column(str_enum(Level, "inbound_level"))
    keyword: Mapped[str | None] = mapped_column(String(16))
    reasons: Mapped[list[str]] = mapped_column(JSON, default=list)
    extra: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    arrival: Mapped[Arrival] = mapped_column(
        str_enum(Arrival, "inbound_arrival"), default=Arrival.WEBHOOK, server_default=Arrival.WEBHOOK.value
    )
    stored_at: Mapped[datetime | None] = mapped_column(UTCDateTime())  # set when stored late (0007)


class SendPacer(Base):
    """The sender's shared clock of free capacity: every dispatcher reserves its window here.

    One row per sender. Reserving moves next_at forward by segments / TWILIO_MPS under a row
    lock, so all dispatcher processes together never exceed the sender's rate.
    """

    __tablename__ = "send_pacers"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)  # one row per sender
    next_at: Mapped[float] = mapped_column(Float)  # Unix seconds when the next segment may go
