"""Secrets kept at rest (TOTP keys), sealed with a key derived from SECRET_KEY.

Fernet (AES-128-CBC with an HMAC-SHA256 tag, from `cryptography`) under a key derived by HKDF-SHA256
with its own purpose label, so the cookie-signing key itself never encrypts anything. Changing
SECRET_KEY makes sealed values unreadable: every authenticator must then be set up again.
"""

from __future__ import annotations

import base64
from functools import lru_cache

from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

PURPOSE = b"textsupport: staff TOTP keys at rest, v1"


class Unsealable(ValueError):
    """The value was sealed under another SECRET_KEY, or altered."""


@lru_cache(maxsize=4)
def _box(secret_key: str) -> Fernet:
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=PURPOSE).derive(secret_key.encode())
    return Fernet(base64.urlsafe_b64encode(key))


def seal(secret_key: str, text: str) -> str:
    """`text` encrypted and authenticated, as URL-safe ASCII."""
    return _box(secret_key).encrypt(text.encode()).decode("ascii")


def unseal(secret_key: str, sealed: str) -> str:
    """The text `seal` was given; Unsealable when the key differs or the value was changed."""
    try:
        return _box(secret_key).decrypt(sealed.encode("ascii")).decode()
    except (InvalidToken, UnicodeError) as error:
        raise Unsealable("sealed under another SECRET_KEY, or altered") from error
