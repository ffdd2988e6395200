"""Runtime state: process liveness, refused requests counted per minute, and paused sending."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from textsupport.models.base import Base, UTCDateTime


class Heartbeat(Base):
    """The last beat of a named background process (e.g. the scheduler)."""

    __tablename__ = "heartbeats"

    # Primary key: one row per process name, upserted on every beat.
    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    beat_at: Mapped[datetime] = mapped_column(UTCDateTime())
    host: Mapped[str] = mapped_column(String(255))
    pid: Mapped[int]


class RefusalCount(Base):
    """Requests refused before any account is known (bad webhook signatures, oversized bodies).

    One row per UTC minute, kind and source address, whose count goes up with each refusal: a
    flood of forged webhooks writes one row a minute, not one a request (as the audit log would).
    """

    __tablename__ = "refusal_counts"

    # Primary key: the upsert's conflict target, so concurrent refusals add to one row.
    minute: Mapped[datetime] = mapped_column(UTCDateTime(), primary_key=True)  # start of the minute
    kind: Mapped[str] = mapped_column(String(32), primary_key=True)  # a refusals.KINDS value
    source: Mapped[str] = mapped_column(String(45), primary_key=True)  # client address ('-' unknown)
    count: Mapped[int] = mapped_column(Integer)
    last_path: Mapped[str] = mapped_column(String(200))  # the latest path refused, for a first look


class ProviderCheckpoint(Base):
    """How far a reconciliation with the provider has got (e.g. the inbound backstop), per name."""

    __tablename__ = "provider_checkpoints"

    # Primary key: one row per reconciliation, moved forward after each complete pass.
    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    reconciled_until: Mapped[datetime] = mapped_column(UTCDateTime())


class SendingPause(Base):
    """Daily texts paused because carriers filtered too many of a day's sends (error 30007 or 30008).

    One row per pause, shared by every dispatcher (each claim reads it). Exactly once, from the
    database: `active` is True while the pause holds and NULL once an admin resumes it, and it is
    unique, so at most one pause holds however many schedulers check at once; `day` is unique too,
    so a programme day trips at most one pause (and one on-call alert), and a day an admin resumed
    is not paused again by the same figures.
    """

    __tablename__ = "sending_pauses"
    __table_args__ = (
        CheckConstraint("active", name="active_true_or_null"),  # never False: NULL once resumed
        CheckConstraint("(active IS NULL) = (resumed_at IS NOT NULL)", name="active_until_resumed"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    reason: Mapped[str] = mapped_column(String(32))  # 'carrier_filtering'
    day: Mapped[date] = mapped_column(Date, unique=True)  # the PROGRAM_TZ day whose sends tripped it
    sends: Mapped[int] = mapped_column(Integer)  # texts sent that day when it tripped
    filtered: Mapped[int] = mapped_column(Integer)  # of which carriers filtered (30007, 30008)
    paused_at: Mapped[datetime] = mapped_column(UTCDateTime())
    active: Mapped[bool | None] = mapped_column(Boolean, unique=True, default=True)
    resumed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    resumed_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
