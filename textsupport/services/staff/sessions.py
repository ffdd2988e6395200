"""Staff sessions kept on the server: open at sign-in, check on each request, end on the server.

The browser's cookie holds only a random token (256 bits from `secrets`); the row is found by the
token's SHA-256. A session is over when it was ended (sign-out, a password reset or change,
deactivation, MFA set-up or reset, or from the account page in another session), when it has been
idle SESSION_IDLE_MINUTES, or SESSION_MAX_HOURS after sign-in however busy it was. A background
refresh (the queue list) never counts as activity.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import and_, select, update
from sqlalchemy.orm import Session

from textsupport import clock, db
from textsupport.models import AuditOutcome, EndReason, StaffSession, StaffUser
from textsupport.services.staff import audit

if TYPE_CHECKING:
    from textsupport.config import Settings

TOKEN_BYTES = 32
USER_AGENT_CHARS = 256
# last_seen_at is written at most this often: one write a minute, not one per page. The idle
# timeout is therefore between SESSION_IDLE_MINUTES - 1 and SESSION_IDLE_MINUTES.
TOUCH_EVERY = timedelta(minutes=1)


@dataclass(frozen=True)
class Client:
    """Where a request comes from: its address and its browser's User-Agent."""

    ip: str | None
    user_agent: str

    @classmethod
    def of(cls, ip: str | None, user_agent: str | None) -> Client:
        """The client, with the User-Agent cut to what the table keeps."""
        return cls(ip, (user_agent or "")[:USER_AGENT_CHARS])


def digest(token: str) -> str:
    """The row id of the session whose cookie carries `token`."""
    return hashlib.sha256(token.encode()).hexdigest()


def start(session: Session, user_id: int, client: Client, *, second_factor: bool) -> str:
    """Open a new session for `user_id` and return its token (for the cookie; only its digest is kept)."""
    db.begin_write(session)
    token = add(session, user_id, client, second_factor=second_factor)
    session.commit()
    return token


def add(session: Session, user_id: int, client: Client, *, second_factor: bool) -> str:
    """A new session for `user_id` inside the caller's transaction; its token."""
    now = clock.now()
    token = secrets.token_urlsafe(TOKEN_BYTES)
    session.add(
        StaffSession(
            id=digest(token),
            user_id=user_id,
            created_at=now,
            last_seen_at=now,
            ip=client.ip,
            user_agent=client.user_agent,
            second_factor=second_factor,
        )
    )
    return token


def current(
    session: Session, settings: Settings, token: str, client: Client, *, active: bool = True
) -> tuple[StaffSession, StaffUser] | None:
    """The open session `token` names and its active account, or None when it is over.

    A session used from another browser (another User-Agent) is refused. `active` False (a
    background refresh) leaves the idle clock alone.
    """
    row = session.get(StaffSession, digest(token))
    now = clock.now()
    if row is None or not is_open(row, settings, now) or row.user_agent != client.user_agent:
        return None
    user = session.get(StaffUser, row.user_id)
    if user is None or not user.is_active:
        return None
    if active and now - row.last_seen_at >= TOUCH_EVERY:
        db.begin_write(session)  # SQLite: take the write lock first, never upgrade a read snapshot
        session.execute(update(StaffSession).where(StaffSession.id == row.id).values(last_seen_at=now))
        session.commit()
        row.last_seen_at = now
    return row, user


def is_open(row: StaffSession, settings: Settings, now: datetime) -> bool:
    """Not ended, not idle too long, and within the absolute lifetime."""
    return (
        row.ended_at is None
        and now - row.last_seen_at < timedelta(minutes=settings.session_idle_minutes)
        and now - row.created_at < timedelta(hours=settings.session_max_hours)
    )


def end(session: Session, token: str, reason: EndReason = EndReason.SIGNED_OUT) -> None:
    """End the session `token` names (sign-out); nothing happens when it is already over."""
    db.begin_write(session)
    _end(session, StaffSession.id == digest(token), reason, clock.now())
    session.commit()


def end_all(session: Session, user_id: int, reason: EndReason) -> int:
    """End every open session of `user_id`, inside the caller's transaction; how many ended."""
    return _end(session, StaffSession.user_id == user_id, reason, clock.now())


def end_own(session: Session, user_id: int, keep: str, which: str | None = None) -> int:
    """End one of `user_id`'s other sessions (`which`, a row id) or, with None, all of them but
    `keep` (this one): ended from the account page, audited; how many ended. A row id of another
    account's session, or `keep` itself, ends nothing."""
    db.begin_write(session)
    mine = (StaffSession.user_id == user_id, StaffSession.id != keep)
    only = () if which is None else (StaffSession.id == which,)
    ended = _end(session, and_(*mine, *only), EndReason.ENDED_BY_USER, clock.now())
    audit.record(
        session,
        "end_sessions",
        AuditOutcome.OK,
        actor_id=user_id,
        target=("staff_user", user_id),
        sessions_ended=ended,
        which="one" if which is not None else "all others",
    )
    session.commit()
    return ended


def open_ones(session: Session, settings: Settings, user_id: int) -> list[StaffSession]:
    """The account's sessions still open (not ended, idle or past their lifetime), newest first."""
    now = clock.now()
    rows = session.scalars(
        select(StaffSession)
        .where(
            StaffSession.user_id == user_id,
            StaffSession.ended_at.is_(None),
            StaffSession.created_at > now - timedelta(hours=settings.session_max_hours),
        )
        .order_by(StaffSession.created_at.desc())
    )
    return [row for row in rows if is_open(row, settings, now)]


def _end(session: Session, which, reason: EndReason, now: datetime) -> int:
    result = session.execute(
        update(StaffSession)
        .where(which, StaffSession.ended_at.is_(None))
        .values(ended_at=now, end_reason=reason)
        .execution_options(synchronize_session=False)
    )
    return result.rowcount


def recent_sign_ins(session: Session, user_id: int, limit: int = 10) -> list[StaffSession]:
    """The account's latest sign-ins, newest first."""
    return list(
        session.scalars(
            select(StaffSession)
            .where(StaffSession.user_id == user_id)
            .order_by(StaffSession.created_at.desc())
            .limit(limit)
        )
    )
