"""Staff MFA with TOTP (RFC 6238, the codes of any authenticator app): enrol, check once, turn off.

The key being set up waits sealed on the server-side session row (never in the cookie). Turning MFA
on ends every session of the account, the one that set it up included: a session that passed only
the password step never becomes a full one; the person signs in again with password and code.
"""

from __future__ import annotations

import hmac
from datetime import datetime

import pyotp
from sqlalchemy import select
from sqlalchemy.orm import Session

from textsupport import clock, db, sealing
from textsupport.models import AuditOutcome, EndReason, StaffSession, StaffUser
from textsupport.services.staff import audit, recovery, sessions

STEP_SECONDS = 30
DRIFT_STEPS = 1  # accept the code of the step before and after: phone clocks drift


class MfaError(ValueError):
    """The code is wrong or already used; the message says what to do."""


def new_secret() -> str:
    """A fresh base32 secret for an authenticator app."""
    return pyotp.random_base32()


def setup_uri(secret: str, email: str, issuer: str) -> str:
    """The otpauth:// address an authenticator app can take (typed or pasted)."""
    return pyotp.TOTP(secret).provisioning_uri(name=email, issuer_name=issuer)


def matching_step(secret: str, code: str | None, now: datetime | None = None) -> int | None:
    """The time step whose code this is (within the drift allowed), or None."""
    code = "".join((code or "").split())
    if not (code.isascii() and code.isdigit() and len(code) == 6):  # '١٢٣٤٥٦' is digits too
        return None
    totp = pyotp.TOTP(secret)
    current = int((now or clock.now()).timestamp()) // STEP_SECONDS
    for step in range(current - DRIFT_STEPS, current + DRIFT_STEPS + 1):
        if hmac.compare_digest(totp.at(step * STEP_SECONDS), code):
            return step
    return None


def key_of(user: StaffUser, secret_key: str) -> str | None:
    """The account's authenticator key in clear, or None (none set up, or sealed under another key)."""
    if user.totp_key is None:
        return None
    try:
        return sealing.unseal(secret_key, user.totp_key)
    except sealing.Unsealable:
        return None  # SECRET_KEY changed: no code can match; an admin resets the account's MFA


def accept(user: StaffUser, code: str | None, secret_key: str) -> bool:
    """Whether `code` is a current code for `user` not used before; marks its step used."""
    key = key_of(user, secret_key)
    step = matching_step(key, code) if key else None
    if step is None or (user.totp_last_step is not None and step <= user.totp_last_step):
        return False
    user.totp_last_step = step
    return True


def pending_secret(session: Session, secret_key: str, session_id: str) -> str:
    """The key this session is setting up: made on first use, kept sealed on the session's row."""
    row = session.get(StaffSession, session_id)
    if row.pending_totp:
        try:
            return sealing.unseal(secret_key, row.pending_totp)
        except sealing.Unsealable:
            pass  # SECRET_KEY changed since: offer a new key
    secret = new_secret()
    db.begin_write(session)
    row = session.get(StaffSession, session_id)
    row.pending_totp = sealing.seal(secret_key, secret)
    session.commit()
    return secret


def enrol(session: Session, secret_key: str, user_id: int, session_id: str, code: str) -> list[str]:
    """Turn MFA on once the person proves their app holds this session's pending key; every session
    of the account ends. Returns the account's new recovery codes, to be shown this once."""
    db.begin_write(session)
    user = session.get(StaffUser, user_id)
    row = session.get(StaffSession, session_id)
    secret = sealing.unseal(secret_key, row.pending_totp) if row and row.pending_totp else None
    step = matching_step(secret, code) if secret else None
    if step is None:
        raise MfaError(
            "That code does not match. Check the key in your app and the phone's clock, then try again."
        )
    user.totp_key, user.totp_last_step = sealing.seal(secret_key, secret), step
    codes = recovery.new_codes()
    recovery.replace(session, user.id, codes)
    ended = sessions.end_all(session, user.id, EndReason.MFA_SET_UP)
    audit.record(
        session,
        "mfa_enrolled",
        AuditOutcome.OK,
        actor_id=user.id,
        target=("staff", user.id),
        sessions_ended=ended,
    )
    session.commit()
    return codes


def disable(session: Session, secret_key: str, user_id: int, code: str) -> None:
    """Turn MFA off; a current code is needed, so a borrowed signed-in session cannot."""
    db.begin_write(session)
    user = session.get(StaffUser, user_id)
    if not accept(user, code, secret_key):
        session.rollback()
        audit.record_now(session, "mfa_disabled", AuditOutcome.DENIED, actor_id=user_id, detail="wrong code")
        raise MfaError("That code does not match, so MFA stays on.")
    user.totp_key, user.totp_last_step = None, None
    recovery.forget(session, user.id)
    audit.record(session, "mfa_disabled", AuditOutcome.OK, actor_id=user.id, target=("staff", user.id))
    session.commit()


def reseal(session: Session, old_key: str, new_key: str) -> dict[str, int]:
    """After SECRET_KEY is rotated: every two-step key sealed under `old_key` sealed again under
    `new_key`, in one transaction, audited. Counts the keys resealed, those already under the new key,
    and those neither opens (left as they are: an admin resets those accounts' two-step sign-in)."""
    db.begin_write(session)
    counts = {"resealed": 0, "already": 0, "unreadable": 0}
    for user in session.scalars(select(StaffUser).where(StaffUser.totp_key.is_not(None)).with_for_update()):
        for key, outcome in ((new_key, "already"), (old_key, "resealed")):
            try:
                clear = sealing.unseal(key, user.totp_key)
            except sealing.Unsealable:
                continue
            user.totp_key = sealing.seal(new_key, clear)
            counts[outcome] += 1
            break
        else:
            counts["unreadable"] += 1
    audit.record(session, "reseal_mfa_keys", AuditOutcome.OK, **counts)
    session.commit()
    return counts
