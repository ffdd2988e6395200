"""Pure: study ids, made and read back. They are stored upper case, like TS-ABC123."""

from __future__ import annotations

import secrets

# No 0/O or 1/I: study ids are read aloud and typed by hand.
ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def new() -> str:
    """A fresh random study id, e.g. TS-K7Q2MD."""
    return "TS-" + "".join(secrets.choice(ALPHABET) for _ in range(6))


def normalise(typed: str) -> str:
    """A study id as typed (' ts-abc123 ') in its stored form ('TS-ABC123'), to match it exactly."""
    return (typed or "").strip().upper()
