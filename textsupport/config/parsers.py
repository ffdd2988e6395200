"""Parsers for settings: each takes the variable's name and its raw value, returns it typed.

Each accepts the typed value as well as the text, so a test may pass either. Errors are one
`ConfigError` line that names the variable and shows an example of a good value.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, time
from types import MappingProxyType
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from textsupport.triage.levels import Level

ENVIRONMENTS = ("development", "test", "production")
SMS_BACKENDS = ("console", "twilio", "fake")
ASSESSMENT_KINDS = ("baseline", "week_6", "month_3", "month_6", "month_12")
STRATA = ("site", "sex")
SLA_LEVELS = tuple(level.value for level in Level)  # the one enum of levels


class ConfigError(ValueError):
    """A setting is missing or malformed; the message names the variable."""


def text(name: str, value: Any) -> str:
    return str(value if value is not None else "")


def optional_text(name: str, value: Any) -> str | None:
    """Unset or empty is None: the code decides the default (see Settings.load)."""
    return None if value in (None, "") else str(value)


def environment(name: str, value: Any) -> str:
    if value not in ENVIRONMENTS:
        raise ConfigError(f"{name} must be one of {', '.join(ENVIRONMENTS)}, not {value!r}")
    return value


def sms_backend(name: str, value: Any) -> str:
    if value not in SMS_BACKENDS:
        raise ConfigError(f"{name} must be console or twilio, not {value!r}")
    return value


def flag(name: str, value: Any) -> bool | None:
    """true/false, yes/no, 1/0, on/off (any case); unset is None (the environment decides)."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return value
    word = str(value).strip().lower()
    if word in ("1", "true", "yes", "on"):
        return True
    if word in ("0", "false", "no", "off"):
        return False
    raise ConfigError(f"{name} must be true or false, not {value!r}")


def positive_number(name: str, value: Any) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ConfigError(f"{name} must be a positive number, not {value!r}") from None
    if number <= 0:
        raise ConfigError(f"{name} must be a positive number, not {value!r}")
    return number


def share(name: str, value: Any) -> float:
    """A share of a whole: more than 0, at most 1 (0.05 is 5 %)."""
    number = positive_number(name, value)
    if number > 1:
        raise ConfigError(f"{name} must be a share from 0 to 1 (0.05 is 5 %), not {value!r}")
    return number


def positive_whole(name: str, value: Any) -> int:
    """A positive number, kept whole (7.9 days is 7)."""
    return int(positive_number(name, value))


def whole_number(low: int, high: int):
    """A parser for a whole number from `low` to `high`; '20' and 20 work, '1.5' and '20s' do not."""

    def parse(name: str, value: Any) -> int:
        digits = str(value).strip()
        if not re.fullmatch(r"[0-9]+", digits) or not low <= int(digits) <= high:
            raise ConfigError(f"{name} must be a whole number from {low} to {high}, not {value!r}")
        return int(digits)

    return parse


def zone(name: str, value: Any) -> ZoneInfo:
    if isinstance(value, ZoneInfo):
        return value
    try:
        return ZoneInfo(str(value))
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(
            f"{name} must be an IANA time zone such as America/Edmonton, not {value!r}"
        ) from None


_HHMM = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")


def clock_time(name: str, value: Any) -> time:
    if isinstance(value, time):
        return value
    match = _HHMM.match(str(value).strip())
    if not match:
        raise ConfigError(f"{name} must be a 24-hour time HH:MM such as 10:00, not {value!r}")
    return time(int(match[1]), int(match[2]))


def window(name: str, value: Any) -> tuple[time, time]:
    if isinstance(value, tuple):
        return value
    start, sep, end = str(value).partition("-")
    if not sep:
        raise ConfigError(f"{name} must be a window HH:MM-HH:MM such as 21:00-08:00, not {value!r}")
    return clock_time(name, start), clock_time(name, end)


def instant(name: str, value: Any) -> datetime | None:
    """An ISO 8601 instant with an offset, in UTC; unset is None."""
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        moment = value
    else:
        try:
            moment = datetime.fromisoformat(str(value).strip())
        except ValueError:
            raise ConfigError(
                f"{name} must be an ISO 8601 instant such as 2026-03-08T17:00:00Z, not {value!r}"
            ) from None
    if moment.tzinfo is None:
        raise ConfigError(f"{name} must include a UTC offset or Z, not {value!r}")
    return moment.astimezone(UTC)


def rate_limit(name: str, value: Any) -> str:
    """A Flask-Limiter rate such as '10 per minute' (or '10/minute;100/hour')."""
    from limits import parse_many

    try:
        if parse_many(str(value)):
            return str(value)
    except ValueError:
        pass
    raise ConfigError(f"{name} must be a rate such as 10 per minute, not {value!r}")


def age_range(name: str, value: Any) -> tuple[int, int]:
    if isinstance(value, tuple):
        return value
    low, _, high = str(value).partition("-")
    if not (low.strip().isdigit() and high.strip().isdigit() and int(low) <= int(high)):
        raise ConfigError(f"{name} must be a range such as 18-65, not {value!r}")
    return int(low), int(high)


def strata(name: str, value: Any) -> tuple[str, ...]:
    fields = value if isinstance(value, tuple) else tuple(_items(value))
    if not fields or not set(fields) <= set(STRATA):
        raise ConfigError(f"{name} must name site and/or sex, not {value!r}")
    return fields


def sites(name: str, value: Any) -> tuple[str, ...]:
    """'north,south' -> ('north', 'south'); each a stratum value, so no | or =, and no repeats."""
    if isinstance(value, tuple):
        return value
    found = tuple(_items(value))
    for site in found:
        if "|" in site or "=" in site or len(site) > 40:
            raise ConfigError(f"{name}: {site!r} must be at most 40 characters with no | or =")
    if len({site.casefold() for site in found}) != len(found):
        raise ConfigError(f"{name} names a site more than once: {value!r}")
    return found


def sla_minutes(name: str, value: Any) -> MappingProxyType:
    """'crisis=15,urgent=240,routine=1440' -> minutes per level; every level must be given."""
    minutes = _pairs(name, value, SLA_LEVELS, "crisis=15,urgent=240,routine=1440", low=1)
    if set(minutes) != set(SLA_LEVELS):
        raise ConfigError(f"{name} must give minutes for crisis, urgent and routine, not {value!r}")
    return minutes


def offsets(name: str, value: Any) -> MappingProxyType:
    """'baseline=0,week_6=42,...' -> days after randomisation per follow-up time point."""
    return _pairs(name, value, ASSESSMENT_KINDS, "kind=days pairs over " + ", ".join(ASSESSMENT_KINDS))


def recruitment_target(name: str, value: Any) -> MappingProxyType:
    """'' -> no target; '120' -> {'total': 120}; 'north=60,south=60' -> per site (their sum is the total)."""
    if isinstance(value, MappingProxyType | dict):
        return MappingProxyType(dict(value))
    text = str(value or "").strip()
    if not text:
        return MappingProxyType({})
    if text.isdigit() and int(text) > 0:
        return MappingProxyType({"total": int(text)})
    found = {}
    for part in text.split(","):
        site, _, number = (piece.strip() for piece in part.partition("="))
        if not site or site == "total" or site in found or not number.isdigit() or int(number) < 1:
            raise ConfigError(f"{name} must be a whole number or look like north=60,south=60, not {value!r}")
        found[site] = int(number)
    return MappingProxyType(found)


def phones(name: str, value: Any) -> tuple[str, ...]:
    if isinstance(value, tuple):
        return value
    from textsupport import phones as numbers

    try:
        return tuple(numbers.normalise(part) for part in _items(value))
    except numbers.PhoneError as error:
        raise ConfigError(f"{name}: {error}") from None


def _items(value: Any) -> list[str]:
    return [part.strip() for part in str(value or "").split(",") if part.strip()]


def _pairs(name: str, value: Any, keys: tuple[str, ...], example: str, low: int = 0) -> MappingProxyType:
    """'a=1,b=2' over `keys` -> a read-only {key: whole number >= low}."""
    if isinstance(value, MappingProxyType | dict):
        return MappingProxyType(dict(value))
    found = {}
    for part in str(value).split(","):
        key, _, number = part.partition("=")
        if key.strip() not in keys or not number.strip().isdigit() or int(number) < low:
            raise ConfigError(f"{name} must look like {example}, not {value!r}")
        found[key.strip()] = int(number)
    return MappingProxyType(found)
