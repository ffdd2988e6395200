"""One-time recovery codes: ten made at MFA set-up and shown once, kept only as argon2id hashes.

Each stands in once for a code from the authenticator app (a lost or broken phone). Codes are
twelve digits, shown as 1234-5678-9012, so the sign-in form's numeric keyboard can type them.
"""

from __future__ import annotations

import secrets

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from textsupport import clock, passwords
from textsupport.models import RecoveryCode

COUNT = 10
DIGITS = 12  # about 40 bits each; guessing is throttled and every code is argon2id-hashed


def new_codes() -> list[str]:
    """COUNT fresh codes, as shown to the person (groups of four digits)."""
    codes = (f"{secrets.randbelow(10**DIGITS):0{DIGITS}d}" for _ in range(COUNT))
    return ["-".join(code[i : i + 4] for i in range(0, DIGITS, 4)) for code in codes]


def normalise(code: str | None) -> str | None:
    """The digits of a recovery code as typed (spaces and dashes ignored), or None if it is not one."""
    digits = "".join(ch for ch in (code or "") if ch not in " -")
    return digits if len(digits) == DIGITS and digits.isascii() and digits.isdigit() else None


def replace(session: Session, user_id: int, codes: list[str]) -> None:
    """Keep `codes` (hashed) as the account's only recovery codes, inside the caller's transaction."""
    forget(session, user_id)
    now = clock.now()
    session.add_all(
        RecoveryCode(user_id=user_id, code_hash=passwords.hash_code(normalise(code)), created_at=now)
        for code in codes
    )


def forget(session: Session, user_id: int) -> None:
    """Remove the account's recovery codes (MFA turned off or reset), inside the caller's transaction."""
    session.execute(delete(RecoveryCode).where(RecoveryCode.user_id == user_id))


def use(session: Session, user_id: int, code: str | None) -> bool:
    """Spend `code` if it is one of the account's unused codes, inside the caller's transaction."""
    digits = normalise(code)
    if digits is None:
        return False
    unused = session.scalars(
        select(RecoveryCode).where(RecoveryCode.user_id == user_id, RecoveryCode.used_at.is_(None))
    ).all()
    for row in unused:
        if passwords.verify_code(row.code_hash, digits):
            spent = session.execute(
                update(RecoveryCode)
                .where(RecoveryCode.id == row.id, RecoveryCode.used_at.is_(None))
                .values(used_at=clock.now())
                .execution_options(synchronize_session=False)
            )
            return spent.rowcount == 1  # 0: a sign-in at the same moment spent it first
    return False


def remaining(session: Session, user_id: int) -> int:
    """How many of the account's recovery codes are unused."""
    return session.scalar(
        select(func.count()).where(RecoveryCode.user_id == user_id, RecoveryCode.used_at.is_(None))
    )
