"""The peer worker programme: supervision and mentorship check-ins, and debrief requests."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Integer, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from textsupport.models.base import Base, UTCDateTime, str_enum
from textsupport.supervision import CheckinKind, DebriefAnswer, Wellbeing


class SupervisionCheckin(Base):
    """A check-in a supervisor or a senior-peer mentor held with a peer worker on a day.

    Recorded by a supervisor or admin; appended, never edited. The notes are private: only
    supervisors and admins read them, and every view of them is audited. The worker sees the date,
    the length and who held it.
    """

    __tablename__ = "supervision_checkins"
    __table_args__ = (
        # One check-in per worker, holder and day: a double submit records it once.
        UniqueConstraint("worker_id", "held_by_id", "held_on"),
        CheckConstraint("minutes > 0 AND minutes <= 480", name="minutes_in_range"),
        CheckConstraint("worker_id <> held_by_id", name="not_with_oneself"),
        # Serves each worker's latest check-in (when the next is due, the wellbeing flag) and history.
        Index("ix_supervision_checkins_worker_id_held_on", "worker_id", "held_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    worker_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"))
    held_by_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"))
    kind: Mapped[CheckinKind] = mapped_column(str_enum(CheckinKind, "checkin_kind"))
    held_on: Mapped[date] = mapped_column(Date)
    minutes: Mapped[int] = mapped_column(Integer)
    wellbeing: Mapped[Wellbeing] = mapped_column(str_enum(Wellbeing, "wellbeing_flag"))
    notes: Mapped[str] = mapped_column(Text, default="")  # private: supervisors and admins only
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())


class DebriefRequest(Base):
    """A peer worker's answer to the debrief offered after a crisis item, or a check-in they asked for.

    Appended, never edited. A request stands until a check-in with the worker is held on or after
    its day (textsupport/supervision.py request_met); supervisors see the ones that stand.
    """

    __tablename__ = "debrief_requests"
    __table_args__ = (
        # One answer per worker and crisis item: the offer is answered once (NULL items: asked unprompted).
        UniqueConstraint("worker_id", "item_id"),
        # Serves the standing requests of every worker on the supervision and workload pages.
        Index("ix_debrief_requests_worker_id_at", "worker_id", "at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    worker_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"))
    item_id: Mapped[int | None] = mapped_column(ForeignKey("queue_items.id"))  # None: asked unprompted
    answer: Mapped[DebriefAnswer] = mapped_column(str_enum(DebriefAnswer, "debrief_answer"))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
