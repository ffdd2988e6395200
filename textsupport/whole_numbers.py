"""Whole numbers read from a form, a URL or a webhook: ASCII digits within a range, else None.

`int()` takes '²' as a digit (then fails), '٣' as 3 and '1_000' as 1000, and a Python int has no
upper bound while an INTEGER column does: a number typed or sent by anyone goes through `parse`, so
out of range is a refusal (400 or 404) or a field set aside, never a 500.
"""

from __future__ import annotations

import re

MAX_ID = 2**31 - 1  # the largest INTEGER key, on PostgreSQL and SQLite alike
_DIGITS = re.compile(r"[0-9]{1,10}")


def parse(text: str | None, low: int, high: int) -> int | None:
    """The number `text` spells in ASCII digits (spaces around allowed) if low <= it <= high; else None."""
    text = (text or "").strip()
    if not _DIGITS.fullmatch(text):
        return None
    number = int(text)
    return number if low <= number <= high else None
