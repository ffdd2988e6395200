"""Staff MFA with TOTP (RFC 6238, the codes of any authenticator app): enrol, check once, turn off."""

from __future__ import annotations

import hmac
from datetime import datetime

import pyotp
from sqlalchemy.orm import Session

from textsupport import clock, db
from textsupport.models import AuditOutcome, StaffUser
from textsupport.services.staff import audit

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
    if not (code.isdigit() and len(code) == 6):
        return None
    totp = pyotp.TOTP(secret)
    current = int((now or clock.now()).timestamp()) // STEP_SECONDS
    for step in range(current - DRIFT_STEPS, current + DRIFT_STEPS + 1):
        if hmac.compare_digest(totp.at(step * STEP_SECONDS), code):
            return step
    return None


def accept(user: StaffUser, code: str | None) -> bool:
    """Whether `code` is a current code for `user` not used before; marks its step used."""
    step = matching_step(user.totp_secret, code) if user.totp_secret else None
    if step is None or (user.totp_last_step is not None and step <= user.totp_last_step):
        return False
    user.totp_last_step = step
    return True


def enrol(session: Session, user_id: int, secret: str, code: str) -> None:
    """Turn MFA on once the person proves their app holds `secret`."""
    db.begin_write(session)
    user = session.get(StaffUser, user_id)
    step = matching_step(secret, code)
    if step is None:
        raise MfaError(
            "That code does not match. Check the key in your app and the phone's clock, then try again."
        )
    user.totp_secret, user.totp_last_step = secret, step
    audit.record(session, "mfa_enrolled", AuditOutcome.OK, actor_id=user.id, target=("staff", user.id))
    session.commit()


def disable(session: Session, user_id: int, code: str) -> None:
    """Turn MFA off; a current code is needed, so a borrowed signed-in session cannot."""
    db.begin_write(session)
    user = session.get(StaffUser, user_id)
    if not accept(user, code):
        session.rollback()
        audit.record_now(session, "mfa_disabled", AuditOutcome.DENIED, actor_id=user_id, detail="wrong code")
        raise MfaError("That code does not match, so MFA stays on.")
    user.totp_secret, user.totp_last_step = None, None
    audit.record(session, "mfa_disabled", AuditOutcome.OK, actor_id=user.id, target=("staff", user.id))
    session.commit()
