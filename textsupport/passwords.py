"""Password hashing with argon2id (argon2-cffi defaults, per OWASP), and refusing common passwords."""

from __future__ import annotations

import string
from functools import lru_cache
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

_hasher = PasswordHasher()  # argon2id by default
# Recovery codes carry 40 random bits, not a person's choice: OWASP's smallest argon2id setting
# (19 MiB, 2 passes, 1 lane) is ample, and one sign-in may check all ten of an account's codes.
_code_hasher = PasswordHasher(time_cost=2, memory_cost=19456, parallelism=1)

MIN_LENGTH = 12  # OWASP ASVS 2.1.1
_DATA = Path(__file__).parent / "data"
# Ours (words of this programme and its province, written for it) and zxcvbn's 30,000 most common
# passwords (MIT; where it comes from is in the file's header).
COMMON_FILES = (_DATA / "common_passwords.txt", _DATA / "common_passwords_zxcvbn.txt")
_EDGES = string.digits + string.punctuation + string.whitespace  # what people pad a common word with


def is_common(password: str) -> bool:
    """True for a password on the common list (ASVS 2.1.7), or one built on an entry by padding it
    with digits or symbols ('Password2024!'), by repeating it ('passwordpassword'), or of nothing
    but digits and symbols, or one unit said again ('abcabcabcabc')."""
    text = password.lower()
    core = text.strip(_EDGES)
    return text in _common() or core in _common() or not core or _repeats(core)


def _repeats(text: str) -> bool:
    return any(text == text[:size] * (len(text) // size) for size in range(1, len(text) // 2 + 1))


@lru_cache(maxsize=1)
def _common() -> frozenset[str]:
    lines = [line for path in COMMON_FILES for line in path.read_text(encoding="utf-8").splitlines()]
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


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
