"""Pure: a day typed into a staff form for something already done (a training completion, a check-in).

YYYY-MM-DD, not after today, and not before EARLIEST, which catches a mistyped year.
"""

from __future__ import annotations

from datetime import date

EARLIEST = date(2000, 1, 1)  # older than anything this programme would record


def parse(text: str, today: date, error: type[ValueError], noun: str, held: str, done: str) -> date:
    """The day `text` names, or `error` saying why not.

    `noun` names the date ("completion"), `held` how it happened ("it was completed") and `done`
    when to record it ("it is done"), for the messages.
    """
    try:
        day = date.fromisoformat(text.strip())
    except ValueError:
        raise error(f"Give the date {held} as YYYY-MM-DD.") from None
    if day > today:
        raise error(f"The {noun} date {day} is in the future; record it once {done}.")
    if day < EARLIEST:
        raise error(f"The {noun} date {day} is before {EARLIEST}; check the year.")
    return day
