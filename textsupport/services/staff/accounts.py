"""Staff accounts as admins manage them: list, create, deactivate, reactivate, set a role, reset a
password or two-step sign-in.

Each change is one transaction with one audit row whose target is the account; a password never
reaches the audit log. There is always an active admin: nobody can deactivate their own account,
and the last active admin cannot lose the role (the active admins are locked while that is checked,
so two admins demoting each other at once cannot both succeed).
"""

from __future__ import annotations

import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session

from textsupport import db, passwords, phones
from textsupport.models import AuditOutcome, EndReason, Role, StaffUser
from textsupport.services.staff import audit, recovery, sessions, users
from textsupport.services.staff.users import UserError

GENERATED_BYTES = 15  # 20 URL-safe characters, over passwords.MIN_LENGTH


def generate_password() -> str:
    """A random password for an admin to hand over once."""
    return secrets.token_urlsafe(GENERATED_BYTES)


def listing(session: Session) -> list[StaffUser]:
    """Every account, active ones first, then by email."""
    return list(session.scalars(select(StaffUser).order_by(StaffUser.is_active.desc(), StaffUser.email)))


def get(session: Session, user_id: int) -> StaffUser | None:
    """One account, or None."""
    return session.get(StaffUser, user_id)


def create(
    session: Session, actor_id: int, email: str, name: str, role: str, phone: str, password: str
) -> tuple[StaffUser, str | None]:
    """Create an account; an empty `password` is generated and returned, to be shown once. Either way
    the admin has seen it, so its owner chooses their own at the first sign-in."""
    generated = None if password else generate_password()
    phone_e164 = None
    if phone.strip():
        try:
            phone_e164 = phones.normalise(phone)
        except phones.PhoneError as error:
            raise UserError(f"phone: {error}", "phone") from None
    user = users.create_user(
        session,
        email,
        role,
        password or generated,
        name,
        actor_id=actor_id,
        phone=phone_e164,
        must_change_password=True,
    )
    return user, generated


def set_active(session: Session, actor_id: int, user_id: int, active: bool) -> StaffUser:
    """Deactivate (no more sign-ins; every open session ends on the server) or reactivate."""
    db.begin_write(session)
    user = _account(session, user_id)
    if not active and user.id == actor_id:
        raise UserError("You cannot deactivate your own account.")
    if not active and user.is_active and user.role is Role.ADMIN:
        _another_admin(session, user)
    user.is_active = active
    ended = 0 if active else sessions.end_all(session, user.id, EndReason.DEACTIVATED)
    action = "reactivate_user" if active else "deactivate_user"
    target = ("staff_user", user.id)
    audit.record(session, action, AuditOutcome.OK, actor_id=actor_id, target=target, sessions_ended=ended)
    session.commit()
    return user


def set_role(session: Session, actor_id: int, user_id: int, role: str) -> StaffUser:
    """Give an account another role; the last active admin keeps theirs."""
    new = users.parse_role(role)
    db.begin_write(session)
    user = _account(session, user_id)
    old = user.role
    if old is Role.ADMIN and new is not Role.ADMIN and user.is_active:
        _another_admin(session, user)
    user.role = new
    audit.record(
        session,
        "set_role",
        AuditOutcome.OK,
        actor_id=actor_id,
        target=("staff_user", user.id),
        old=old.value,
        new=new.value,
    )
    session.commit()
    return user


def reset_password(session: Session, actor_id: int, user_id: int, password: str) -> str | None:
    """Set a new password (every open session of the account ends; its owner chooses their own at the
    next sign-in); an empty `password` is generated and returned, to be shown once."""
    generated = None if password else generate_password()
    users.check_password(password or generated)
    db.begin_write(session)
    user = _account(session, user_id)
    user.password_hash = passwords.hash_password(password or generated)
    user.must_change_password = True
    ended = sessions.end_all(session, user.id, EndReason.PASSWORD_RESET)
    target = ("staff_user", user.id)
    audit.record(
        session, "reset_password", AuditOutcome.OK, actor_id=actor_id, target=target, sessions_ended=ended
    )
    session.commit()
    return generated


def reset_mfa(session: Session, actor_id: int, user_id: int, reason: str) -> StaffUser:
    """Turn another account's two-step sign-in off (a lost phone and codes), with a reason, audited.

    Its recovery codes go and every session of the account ends; where MFA is required, the next
    sign-in sets up a new authenticator. Never your own account: that would let a borrowed session
    drop the second factor without a code.
    """
    reason = " ".join(reason.split())
    if not reason:
        raise UserError("Say why: the reason is kept in the audit log.", "reason")
    db.begin_write(session)
    user = _account(session, user_id)
    if user.id == actor_id:
        raise UserError("You cannot reset your own two-step sign-in: ask another admin.")
    if not user.has_mfa:
        raise UserError(f"{user.email} has no two-step sign-in to reset.")
    user.totp_key, user.totp_last_step = None, None
    recovery.forget(session, user.id)
    ended = sessions.end_all(session, user.id, EndReason.MFA_RESET)
    target = ("staff_user", user.id)
    audit.record(
        session,
        "reset_mfa",
        AuditOutcome.OK,
        actor_id=actor_id,
        target=target,
        detail=reason,
        sessions_ended=ended,
    )
    session.commit()
    return user


def _account(session: Session, user_id: int) -> StaffUser:
    user = session.get(StaffUser, user_id)
    if user is None:
        raise UserError("There is no such account.")
    return user


def _another_admin(session: Session, user: StaffUser) -> None:
    """UserError unless an active admin other than `user` remains.

    Every active admin row is locked in id order (PostgreSQL; SQLite's write lock serialises anyway),
    so two admins demoting each other wait in turn instead of both passing or deadlocking.
    """
    admins = session.scalars(
        select(StaffUser.id)
        .where(StaffUser.role == Role.ADMIN, StaffUser.is_active.is_(True))
        .order_by(StaffUser.id)
        .with_for_update()
    ).all()
    if not set(admins) - {user.id}:
        raise UserError(f"{user.email} is the last active admin: make another account admin first.", "role")
