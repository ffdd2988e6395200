"""Staff accounts, their roles, and the append-only audit log."""

from __future__ import annotations

import enum
from datetime import datetime
from typing import Any

from flask_login import UserMixin
from sqlalchemy import JSON, BigInteger, Boolean, ForeignKey, Index, Integer, String, Text, false, text
from sqlalchemy.orm import Mapped, mapped_column

from textsupport.models.base import Base, UTCDateTime, str_enum


class Role(enum.StrEnum):
    """What a staff member may do; the names are part of the outside contract (create-user --role)."""

    ADMIN = "admin"  # everything, including the concealed allocation table
    TRIAL_STAFF = "trial_staff"  # enrol, randomise, see the arm after randomisation
    RATER = "rater"  # follow-up assessments; never sees arms
    PEER_WORKER = "peer_worker"  # own caseload and the reply queue
    SUPERVISOR = "supervisor"  # all queues, escalations, peer workload

    @property
    def label(self) -> str:
        """The role as staff pages say it: 'peer worker', not 'peer_worker'."""
        return self.value.replace("_", " ")


# Role groups, listed once: services decide visibility with them; web/access.py maps pages to them.
ADMINS = (Role.ADMIN,)  # the allocation table, staff accounts, the audit log
SUPERVISING = (Role.SUPERVISOR, Role.ADMIN)  # every queue, escalations, sign-off, workload
QUEUE_WORKERS = (Role.PEER_WORKER, *SUPERVISING)  # who works the reply queue
FOLLOW_UP = (Role.RATER, Role.ADMIN)  # the follow-up list; never shown an arm
ENROLLING = (Role.ADMIN, Role.TRIAL_STAFF)  # enrol, correct, randomise, withdraw, appointments
PARTICIPANT_VIEWERS = (Role.ADMIN, Role.TRIAL_STAFF, Role.SUPERVISOR)  # a participant's page, arm included


class StaffUser(UserMixin, Base):
    """A person who signs in to the staff pages."""

    __tablename__ = "staff_users"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Unique: login finds the account by email; one account per address (stored lowercased).
    email: Mapped[str] = mapped_column(String(254), unique=True)
    display_name: Mapped[str] = mapped_column(String(100))
    role: Mapped[Role] = mapped_column(str_enum(Role, "staff_role"))
    password_hash: Mapped[str] = mapped_column(String(255))
    # An admin set this password (a new account or a reset) and has seen it: its owner chooses their
    # own at the next sign-in before any other page opens (web/own_account.py).
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # Staff phone for on-call notifications (links only, never message text).
    phone: Mapped[str | None] = mapped_column(String(16))
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Peer worker wellbeing: off shift means new items go to the supervisor pool.
    on_shift: Mapped[bool] = mapped_column(Boolean, default=True)
    # When they last went on shift: crisis items are counted from here (CRISIS_PER_SHIFT_MAX).
    shift_started_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    caseload_cap: Mapped[int | None] = mapped_column(Integer)  # None: the configured default
    # The authenticator's key once MFA is set up, sealed (textsupport/sealing.py, key from SECRET_KEY);
    # never in clear (migration 0021 sealed the ones 0010 had to leave so).
    totp_key: Mapped[str | None] = mapped_column(Text)
    # The TOTP time step of the last code accepted: a code is refused once used (no replay).
    totp_last_step: Mapped[int | None] = mapped_column(BigInteger)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    def get_id(self) -> str:
        """The id Flask-Login keeps in the session."""
        return str(self.id)

    @property
    def has_mfa(self) -> bool:
        """Two-step sign-in is set up: signing in needs a code from the authenticator app."""
        return self.totp_key is not None

    def has_role(self, *roles: Role) -> bool:
        """True when this account holds one of `roles`."""
        return self.role in roles


class RecoveryCode(Base):
    """A one-time code that stands in for the authenticator's (a lost phone); ten are made at MFA set-up.

    Only its argon2id hash is kept; it is spent by setting used_at where it is still null, so two
    sign-ins with the same code cannot both pass.
    """

    __tablename__ = "recovery_codes"
    __table_args__ = (
        # Serves checking a code at sign-in (the account's unused codes) and counting what is left.
        Index("ix_recovery_codes_user_id", "user_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"))
    code_hash: Mapped[str] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class AuditOutcome(enum.StrEnum):
    """How an audited attempt ended."""

    OK = "ok"
    DENIED = "denied"  # refused by a rule: wrong role, bad signature, already randomised
    FAILED = "failed"  # bad input or an error


class AuditEntry(Base):
    """One audited action. Append-only: database triggers refuse UPDATE and DELETE."""

    __tablename__ = "audit_log"
    __table_args__ = (
        # Serves "what did this person do" reviews, newest first. Partial: a system entry (every reply's
        # trail) has no actor to look it up by, and would cost every reply a page (0027).
        Index(
            "ix_audit_log_actor_id_at",
            "actor_id",
            "at",
            sqlite_where=text("actor_id IS NOT NULL"),
            postgresql_where=text("actor_id IS NOT NULL"),
        ),
        # Serves "who touched this participant" (views of personal data included).
        Index("ix_audit_log_target", "target_type", "target_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))  # None: system or anonymous
    action: Mapped[str] = mapped_column(String(64))  # e.g. login, randomize, view_messages
    outcome: Mapped[AuditOutcome] = mapped_column(str_enum(AuditOutcome, "audit_outcome"))
    target_type: Mapped[str | None] = mapped_column(String(32))
    target_id: Mapped[str | None] = mapped_column(String(64))
    ip: Mapped[str | None] = mapped_column(String(45))
    detail: Mapped[str | None] = mapped_column(Text)  # never message text
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class FormSubmission(Base):
    """A form's one-time submission token, spent by the use case it submitted.

    The use case inserts the token in its own transaction, so going back and pressing Send again
    (or a double click) finds the token spent and does nothing twice.
    """

    __tablename__ = "form_submissions"

    # Primary key: a token is spent once, whichever process sees it first.
    token: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    action: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
