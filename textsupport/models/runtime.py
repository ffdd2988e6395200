"""Runtime state: process liveness, and refused requests counted per minute."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String
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
