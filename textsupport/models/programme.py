"""The peer worker programme: training completions (modules are configured in messages/)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, Float, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from textsupport.models.base import Base, UTCDateTime


class TrainingCompletion(Base):
    """A peer worker completed a training module on a day (recorded by a supervisor or admin).

    Appended, never edited: a renewal is a new row, and the one that expires last counts
    (textsupport/training.py). expires_on is computed from the module's validity when recorded and
    stored, so a later change to the modules file does not move a past completion's expiry.
    """

    __tablename__ = "training_completions"
    __table_args__ = (
        # One completion of a module per worker per day: a double submit records it once.
        UniqueConstraint("worker_id", "module_key", "completed_on"),
        CheckConstraint("hours > 0 AND hours <= 1000", name="hours_positive"),
        CheckConstraint("expires_on IS NULL OR expires_on > completed_on", name="expires_after_completion"),
        # Serves "who expires in the next 30 days" on the training page.
        Index("ix_training_completions_expires_on", "expires_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    worker_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"))
    module_key: Mapped[str] = mapped_column(String(48))  # a key in training_modules.toml
    completed_on: Mapped[date] = mapped_column(Date)
    hours: Mapped[float] = mapped_column(Float)
    trainer: Mapped[str] = mapped_column(String(100))
    expires_on: Mapped[date | None] = mapped_column(Date)  # None: never expires
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())
