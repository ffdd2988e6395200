"""Participants, their concealed allocation, and follow-up assessments."""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    select,
    text,
)
from sqlalchemy.ext.hybrid import hybrid_property
from sqlalchemy.orm import Mapped, mapped_column

from textsupport.models.base import Base, UTCDateTime, str_enum


class Arm(enum.StrEnum):
    """The four trial arms; only PEER_TEXT and TEXT get daily texts."""

    PEER = "PEER"
    PEER_TEXT = "PEER_TEXT"
    TEXT = "TEXT"
    TAU = "TAU"


TEXTING_ARMS = frozenset({Arm.PEER_TEXT, Arm.TEXT})
PEER_ARMS = frozenset({Arm.PEER, Arm.PEER_TEXT})


class Sex(enum.StrEnum):
    """Sex as recorded at enrolment; a default stratification field."""

    F = "F"
    M = "M"
    X = "X"


class Language(enum.StrEnum):
    """The language the participant reads their texts in (DOMAIN section 6 exports it).

    Chosen at enrolment; every text they get comes from that language's bank (messages/, messages/fr/).
    """

    EN = "en"
    FR = "fr"


class ParticipantStatus(enum.StrEnum):
    """Where a participant is in the trial.

        enrolled ──randomise──▶ active ──day 183──▶ completed
            │                     │
            └──────withdraw───────┴──────────────▶ withdrawn

    Nothing is sent to a withdrawn participant; their data is kept.
    """

    ENROLLED = "enrolled"
    ACTIVE = "active"
    COMPLETED = "completed"
    WITHDRAWN = "withdrawn"


class WithdrawalKind(enum.StrEnum):
    """How far a withdrawal reaches, as trials record it.

    - intervention: texts and peer contact stop; research follow-up goes on (status unchanged).
    - study: everything stops (status becomes withdrawn); data collected so far is kept.
    """

    INTERVENTION = "intervention"
    STUDY = "study"


class Participant(Base):
    """A person discharged from acute psychiatric care who agreed to take part."""

    __tablename__ = "participants"
    __table_args__ = (
        # One non-withdrawn participant per phone: inbound replies are matched by phone.
        Index(
            "uq_participants_active_phone",
            "phone",
            unique=True,
            sqlite_where=text("status != 'withdrawn'"),
            postgresql_where=text("status != 'withdrawn'"),
        ),
        # Serves every reply's sender read (`phone = ?`, withdrawn owners included), which the partial
        # unique index above cannot serve (0026).
        Index("ix_participants_phone", "phone"),
        # Phones are stored in E.164: a plus sign and up to 15 digits.
        CheckConstraint("phone LIKE '+%'", name="phone_e164"),
        # Serves the few-row reads of practice participants (the queue's practice tab, the
        # exclusions of trial figures): a partial index holds only them.
        Index(
            "ix_participants_training",
            "id",
            sqlite_where=text("training"),
            postgresql_where=text("training"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # Unique: the pseudonymous id is what staff, exports and logs use instead of a name.
    study_id: Mapped[str] = mapped_column(String(16), unique=True)
    phone: Mapped[str] = mapped_column(String(16))
    first_name: Mapped[str] = mapped_column(String(60))
    site: Mapped[str] = mapped_column(String(40))
    sex: Mapped[Sex] = mapped_column(str_enum(Sex, "participant_sex"))
    tz: Mapped[str] = mapped_column(String(64))  # IANA zone name, e.g. America/Edmonton
    date_of_birth: Mapped[date] = mapped_column(Date)
    discharge_date: Mapped[date] = mapped_column(Date)
    status: Mapped[ParticipantStatus] = mapped_column(
        str_enum(ParticipantStatus, "participant_status"), default=ParticipantStatus.ENROLLED
    )
    eligibility_confirmed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    eligibility_confirmed_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    consent_version: Mapped[str | None] = mapped_column(String(32))
    language: Mapped[Language] = mapped_column(
        str_enum(Language, "participant_language"), default=Language.EN, server_default=Language.EN.value
    )
    consent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    consent_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    baseline_done_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    sms_opted_out_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # Set by the dispatcher: 'invalid' (21211/21614) or 'unreachable' (repeated undelivered).
    phone_problem: Mapped[str | None] = mapped_column(String(32))
    peer_worker_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"), index=True)
    # Set once, when they started the allocated intervention (services/trial/started.py): CONSORT reads it.
    intervention_started_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    withdrawn_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    withdrawal_reason: Mapped[str | None] = mapped_column(Text)
    # Set with withdrawn_at: from the intervention only, or from the whole study.
    withdrawal_kind: Mapped[WithdrawalKind | None] = mapped_column(
        str_enum(WithdrawalKind, "withdrawal_kind")
    )
    # A practice participant for training peer workers (`demo --training`): texted only through the
    # console gateway, never randomised, and left out of every trial figure, export and list.
    training: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("false"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))

    @hybrid_property
    def in_trial(self) -> bool:
        """A real participant, not a practice one: counted in trial figures and exports (SQL too)."""
        return not self.training

    @in_trial.inplace.expression
    @classmethod
    def _in_trial(cls):
        return cls.training.is_(False)

    @hybrid_property
    def in_intervention(self) -> bool:
        """Not withdrawn at all: texts of the programme and peer contact may reach them (SQL too)."""
        return self.withdrawal_kind is None

    @in_intervention.inplace.expression
    @classmethod
    def _in_intervention(cls):
        return cls.withdrawal_kind.is_(None)

    @hybrid_property
    def in_study(self) -> bool:
        """Not withdrawn from the study: research follow-up goes on (SQL too)."""
        return self.status != ParticipantStatus.WITHDRAWN

    @in_study.inplace.expression
    @classmethod
    def _in_study(cls):
        return cls.status != ParticipantStatus.WITHDRAWN


# The few training participants' ids, read from their partial index (ix_participants_training): rows
# of theirs (texts, queue items) are left out of trial figures and real queue counts with NOT IN it.
TRAINING_IDS = select(Participant.id).where(Participant.training)


class AllocationTable(Base):
    """One concealed allocation sequence, generated with a seed or imported (REDCap style)."""

    __tablename__ = "allocation_tables"

    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str] = mapped_column(String(16))  # 'generated' or 'imported'
    seed: Mapped[str | None] = mapped_column(String(64))  # recorded so the sequence can be re-made
    strata_fields: Mapped[str] = mapped_column(String(100))  # e.g. 'site,sex'
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))


class AllocationSlot(Base):
    """One sealed envelope: the arm for the next participant of a stratum. Only admin sees it."""

    __tablename__ = "allocation_slots"
    __table_args__ = (
        # Randomise takes the lowest unused position of a stratum; positions never repeat.
        UniqueConstraint("stratum", "position"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    table_id: Mapped[int] = mapped_column(ForeignKey("allocation_tables.id"))
    stratum: Mapped[str] = mapped_column(String(100))  # e.g. 'site=north|sex=F'
    position: Mapped[int] = mapped_column(Integer)
    block: Mapped[int] = mapped_column(Integer)  # permuted block number within the stratum
    arm: Mapped[Arm] = mapped_column(str_enum(Arm, "slot_arm"))


class Allocation(Base):
    """The committed randomise action that revealed a participant's arm."""

    __tablename__ = "allocations"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Unique: each participant is randomised once, even when two staff press at once.
    participant_id: Mapped[int] = mapped_column(ForeignKey("participants.id"), unique=True)
    # Unique: each sealed envelope is opened once.
    slot_id: Mapped[int] = mapped_column(ForeignKey("allocation_slots.id"), unique=True)
    arm: Mapped[Arm] = mapped_column(str_enum(Arm, "allocation_arm"))
    stratum: Mapped[str] = mapped_column(String(100))
    allocated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # The participant's local date at randomisation: program day 1 is the day after. Stored, not
    # derived, so the planner can select by date in plain SQL on both backends.
    start_date: Mapped[date] = mapped_column(Date)
    allocated_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))


class AssessmentKind(enum.StrEnum):
    """Research follow-up time points, for every arm."""

    BASELINE = "baseline"
    WEEK_6 = "week_6"
    MONTH_3 = "month_3"
    MONTH_6 = "month_6"
    MONTH_12 = "month_12"


class Assessment(Base):
    """One scheduled follow-up assessment. Raters see these, never the arm."""

    __tablename__ = "assessments"
    __table_args__ = (
        # One assessment per time point per participant: scheduling is safe to repeat.
        UniqueConstraint("participant_id", "kind"),
        # Serves the rater's task list: open assessments by due date.
        Index("ix_assessments_due_date_completed_at", "due_date", "completed_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(ForeignKey("participants.id"))
    kind: Mapped[AssessmentKind] = mapped_column(str_enum(AssessmentKind, "assessment_kind"))
    due_date: Mapped[date] = mapped_column(Date)
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    completed_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))


class Appointment(Base):
    """An appointment staff added for a participant; texting arms get a reminder the day before."""

    __tablename__ = "appointments"
    __table_args__ = (
        # Serves the planner: appointments by time.
        Index("ix_appointments_at", "at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(ForeignKey("participants.id"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    location: Mapped[str | None] = mapped_column(String(80))  # never what it is for: SMS is not private
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    cancelled_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
