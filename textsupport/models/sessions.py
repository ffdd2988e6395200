"""Signed-in staff sessions, kept on the server so that they can be ended there."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from textsupport.models.base import Base, UTCDateTime, str_enum


class EndReason(enum.StrEnum):
    """Why a session was ended on the server (idle and absolute expiry are decided on read)."""

    SIGNED_OUT = "signed_out"
    PASSWORD_RESET = "password_reset"  # noqa: S105 (a reason, not a password)
    DEACTIVATED = "deactivated"
    MFA_SET_UP = "mfa_set_up"  # the half-signed-in session ends: sign in again with a code
    MFA_RESET = "mfa_reset"
    PASSWORD_CHANGED = "password_changed"  # noqa: S105 (its own account changed it: every session ends)
    ENDED_BY_USER = "ended_by_user"  # ended from the account's own page, in another session


class StaffSession(Base):
    """One signed-in browser.

    The session cookie carries a random token; the row is keyed by the token's SHA-256, so a copy
    of this table opens no session. Lifecycle::

        open --(sign-out, password reset or change, deactivation, MFA set-up or reset,
              ended from the account page)--> ended (ended_at)
        open --(idle SESSION_IDLE_MINUTES, or SESSION_MAX_HOURS after sign-in)--> expired (on read)
    """

    __tablename__ = "staff_sessions"
    __table_args__ = (
        # Serves ending every session of one account, and "your last sign-ins", newest first.
        Index("ix_staff_sessions_user_id_created_at", "user_id", "created_at"),
    )

    id: Mapped[str] = mapped_column(String(64), primary_key=True)  # SHA-256 hex of the cookie's token
    user_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"))
    created_at: Mapped[datetime] = mapped_column(
        UTCDateTime()
    )  # sign-in: the absolute lifetime counts from it
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime())  # the idle timeout counts from it
    ip: Mapped[str | None] = mapped_column(String(45))  # the client address at sign-in
    user_agent: Mapped[str | None] = mapped_column(String(256))  # a request from another browser is refused
    second_factor: Mapped[bool] = mapped_column(
        Boolean, default=False
    )  # signed in with an authenticator code
    # A TOTP key being set up, sealed (textsupport/sealing.py): never in the cookie.
    pending_totp: Mapped[str | None] = mapped_column(Text)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    end_reason: Mapped[EndReason | None] = mapped_column(str_enum(EndReason, "session_end_reason"))
