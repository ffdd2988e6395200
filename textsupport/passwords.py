"""Password hashing with argon2id (argon2-cffi defaults, per OWASP)."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

_hasher = PasswordHasher()  # argon2id by default
# Recovery codes carry 40 random bits, not a person's choice: OWASP's smallest argon2id setting
# (19 MiB, 2 passes, 1 lane) is ample, and one sign-in may check all ten of an account's codes.
_code_hasher = PasswordHasher(time_cost=2, memory_cost=19456, parallelism=1)

MIN_LENGTH = 12  # OWASP ASVS 2.1.1


def hash_password(password: str) -> str:
    """An argon2id hash of `password`, with its own salt and parameters."""
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    """True when `password` matches `password_hash`; never raises on a mismatch."""
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def hash_code(code: str) -> str:
    """An argon2id hash of a one-time recovery code."""
    return _code_hasher.hash(code)


def verify_code(code_hash: str, code: str) -> bool:
    """True when `code` matches `code_hash`; never raises on a mismatch."""
    return verify_password(code_hash, code)  # the parameters are read from the hash itself


def needs_rehash(password_hash: str) -> bool:
    """True when the hash was made with weaker parameters than today's."""
    return _hasher.check_needs_rehash(password_hash)


# Verifying against this when the email is unknown keeps login timing the same either way.
DUMMY_HASH = _hasher.hash("not-a-real-password")
