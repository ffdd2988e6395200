"""Staff accounts: create them and check their passwords."""

from __future__ import annotations

import re

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from textsupport import clock, db, passwords
from textsupport.models import AuditOutcome, EndReason, Role, StaffUser
from textsupport.services.staff import audit, mfa, recovery, sessions

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class UserError(ValueError):
    """The account cannot be created or changed as asked; the message says why (and `field`, which)."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


def normalise_email(email: str) -> str:
    """Emails compare case-insensitively: keep them stripped and lowercased."""
    return email.strip().lower()


def create_user(
    session: Session,
    email: str,
    role: str,
    password: str,
    display_name: str | None = None,
    *,
    actor_id: int | None = None,
    phone: str | None = None,
    must_change_password: bool = False,
) -> StaffUser:
    """Create a staff account with an argon2id password hash, audited; `must_change_password` when
    someone other than its owner chose the password (an admin's new account)."""
    db.begin_write(session)
    email = normalise_email(email)
    if not _EMAIL.match(email):
        raise UserError(f"{email!r} is not an email address" if email else "enter an email address", "email")
    role_value = parse_role(role)
    check_password(password)
    if session.scalar(select(StaffUser.id).where(StaffUser.email == email)) is not None:
        raise UserError(f"an account for {email} already exists", "email")
    user = StaffUser(
        email=email,
        display_name=(display_name or "").strip() or email.split("@")[0],
        role=role_value,
        password_hash=passwords.hash_password(password),
        must_change_password=must_change_password,
        phone=phone,
        is_active=True,
        on_shift=True,
        created_at=clock.now(),
    )
    session.add(user)
    session.flush()
    audit.record(
        session,
        "create_user",
        AuditOutcome.OK,
        actor_id=actor_id,
        target=("staff_user", user.id),
        role=role_value.value,
    )
    session.commit()
    return user


def parse_role(role: str) -> Role:
    """The Role named `role`, or UserError listing the roles."""
    try:
        return Role(role)
    except ValueError:
        if not role:
            raise UserError("choose a role", "role") from None
        raise UserError(f"role must be one of {', '.join(Role)}, not {role!r}", "role") from None


def check_password(password: str) -> None:
    """UserError unless `password` is long enough (OWASP ASVS 2.1.1) and not a common one (2.1.7)."""
    if len(password) < passwords.MIN_LENGTH:
        raise UserError(f"the password must be at least {passwords.MIN_LENGTH} characters", "password")
    if passwords.is_common(password):
        raise UserError(
            "that password is too common (or a common word with digits or symbols around it): "
            "choose another, e.g. four unrelated words",
            "password",
        )


def change_password(
    session: Session,
    user_id: int,
    current: str,
    new: str,
    client: sessions.Client,
    *,
    second_factor: bool,
) -> str:
    """The account's own change (ASVS 6.2.2, 6.2.3): its current password, then a new one under the
    same rules, stored as argon2id. Every session of the account ends, this one too, and a new one
    opens for this browser in the same transaction: the new session's token, for the cookie.

    A wrong current password is audited and changes nothing.
    """
    db.begin_write(session)
    user = session.get(StaffUser, user_id)
    target = ("staff_user", user_id)
    if user is None or not passwords.verify_password(user.password_hash, current):
        detail = "wrong current password"
        audit.record(
            session,
            "change_password",
            AuditOutcome.DENIED,
            actor_id=user_id,
            target=target,
            ip=client.ip,
            detail=detail,
        )
        session.commit()
        raise UserError("that is not your current password", "current_password")
    check_password(new)
    if passwords.verify_password(user.password_hash, new):
        raise UserError("the new password is your current one: choose another", "password")
    user.password_hash = passwords.hash_password(new)
    user.must_change_password = False
    ended = sessions.end_all(session, user.id, EndReason.PASSWORD_CHANGED)
    token = sessions.add(session, user.id, client, second_factor=second_factor)
    audit.record(
        session,
        "change_password",
        AuditOutcome.OK,
        actor_id=user_id,
        target=target,
        ip=client.ip,
        sessions_ended=ended,
    )
    session.commit()
    return token


def authenticate(
    session: Session,
    email: str,
    password: str,
    ip: str | None = None,
    code: str | None = None,
    *,
    secret_key: str,
) -> StaffUser | None:
    """The active account these credentials open, or None. Every attempt is audited.

    An account with MFA also needs a current TOTP `code` that has not been used before (its key is
    unsealed with `secret_key`, the app's SECRET_KEY), or one of its unused recovery codes.
    """
    db.begin_write(session)
    user = session.scalar(select(StaffUser).where(StaffUser.email == normalise_email(email)))
    if user is None or not user.is_active:
        passwords.verify_password(passwords.DUMMY_HASH, password)  # same timing as a real check
        audit.record(session, "login", AuditOutcome.DENIED, ip=ip, detail="unknown or inactive account")
        session.commit()
        return None
    if not passwords.verify_password(user.password_hash, password):
        audit.record(session, "login", AuditOutcome.DENIED, actor_id=user.id, ip=ip, detail="wrong password")
        session.commit()
        return None
    recovered = False
    if user.has_mfa and not mfa.accept(user, code, secret_key):
        recovered = recovery.use(session, user.id, code)
        if not recovered:
            audit.record(session, "login", AuditOutcome.DENIED, actor_id=user.id, ip=ip, detail="MFA code")
            session.commit()
            return None
    if passwords.needs_rehash(user.password_hash):
        user.password_hash = passwords.hash_password(password)
    user.last_login_at = clock.now()
    detail = "recovery code" if recovered else None
    audit.record(session, "login", AuditOutcome.OK, actor_id=user.id, ip=ip, detail=detail)
    session.commit()
    return user


def count_users(session: Session) -> int:
    """How many staff accounts exist."""
    return session.scalar(select(func.count()).select_from(StaffUser)) or 0
