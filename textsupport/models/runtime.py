"""Process liveness: each background process records when it last ran."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String
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
