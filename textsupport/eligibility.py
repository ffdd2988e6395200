"""Pure: check an enrolment as typed, returning clean values or one message per bad field."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from textsupport import phones
from textsupport.languages import ENGLISH, LANGUAGES, NAMES

SEXES = ("F", "M", "X")


@dataclass(frozen=True)
class Rules:
    """The eligibility rules in force (from configuration)."""

    age_min: int = 18
    age_max: int = 65
    discharge_window_days: int = 7
    sites: tuple[str, ...] | None = None  # the sites open for enrolment; None: any site


@dataclass(frozen=True)
class Enrolment:
    """A checked enrolment, ready to save."""

    phone: str
    first_name: str
    site: str
    sex: str
    tz: str
    date_of_birth: date
    discharge_date: date
    consent_version: str
    language: str
    eligibility_confirmed: bool
    baseline_done: bool


def check(raw: Mapping[str, Any], today: date, rules: Rules) -> tuple[Enrolment | None, dict[str, str]]:
    """(Enrolment, {}) when every field is good, else (None, {field: why})."""
    errors: dict[str, str] = {}
    values = {
        "phone": _field(errors, "phone", lambda: phones.normalise(str(raw.get("phone") or ""))),
        "first_name": _field(errors, "first_name", lambda: _text(raw, "first_name", 60)),
        "site": _field(errors, "site", lambda: _site(raw, rules.sites)),
        "sex": _field(errors, "sex", lambda: _sex(raw)),
        "tz": _field(errors, "tz", lambda: _zone(raw)),
        "date_of_birth": _field(
            errors, "date_of_birth", lambda: _age_ok(_date(raw, "date_of_birth"), today, rules)
        ),
        "discharge_date": _field(
            errors, "discharge_date", lambda: _discharge_ok(_date(raw, "discharge_date"), today, rules)
        ),
        "consent_version": _field(errors, "consent_version", lambda: _text(raw, "consent_version", 32)),
        "language": _field(errors, "language", lambda: _language(raw)),
    }
    if errors:
        return None, errors
    flags = {name: bool(raw.get(name)) for name in ("eligibility_confirmed", "baseline_done")}
    return Enrolment(**values, **flags), {}


def age_on(born: date, day: date) -> int:
    """Whole years of age on `day`."""
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def _field(errors: dict[str, str], name: str, parse):
    try:
        return parse()
    except ValueError as error:
        errors[name] = str(error)
        return None


def _text(raw: Mapping[str, Any], name: str, limit: int) -> str:
    value = str(raw.get(name) or "").strip()
    if not value:
        raise ValueError("this is required")
    if len(value) > limit:
        raise ValueError(f"at most {limit} characters")
    return value


def _site(raw: Mapping[str, Any], sites: tuple[str, ...] | None) -> str:
    value = _text(raw, "site", 40)
    if "|" in value or "=" in value:
        raise ValueError("a site name cannot contain | or =")
    if sites is None:
        return value
    if not sites:
        raise ValueError("no site is open for enrolment: set SITES or load an allocation table")
    # A site the table does not cover would leave the participant unable to be randomised.
    for site in sites:
        if site.casefold() == value.casefold():
            return site
    raise ValueError(f"{value!r} is not a recruiting site; choose one of {', '.join(sites)}")


def _language(raw: Mapping[str, Any]) -> str:
    """The language of their texts: en or fr; English when none is given."""
    value = str(raw.get("language") or ENGLISH).strip().lower()
    if value not in LANGUAGES:
        offered = " or ".join(f"{code} ({NAMES[code].split(' ')[0]})" for code in LANGUAGES)
        raise ValueError(f"{value!r} is not a language of the message bank; choose {offered}")
    return value


def _sex(raw: Mapping[str, Any]) -> str:
    value = str(raw.get("sex") or "").strip().upper()
    if value not in SEXES:
        raise ValueError("choose F, M or X")
    return value


def _zone(raw: Mapping[str, Any]) -> str:
    value = str(raw.get("tz") or "").strip()
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError, OSError):  # OSError: a name too long for a file name
        raise ValueError(f"{value!r} is not a time zone; use an IANA name such as America/Edmonton") from None
    return value


def _date(raw: Mapping[str, Any], name: str) -> date:
    value = raw.get(name)
    if isinstance(value, date):
        return value
    if not str(value or "").strip():
        raise ValueError("this is required")  # as every other empty field says, not "'' is not a date"
    try:
        return date.fromisoformat(str(value or "").strip())
    except ValueError:
        raise ValueError(f"{value!r} is not a date; use YYYY-MM-DD") from None


def _age_ok(born: date, today: date, rules: Rules) -> date:
    age = age_on(born, today)
    if not rules.age_min <= age <= rules.age_max:
        raise ValueError(f"age {age} is outside the eligible range {rules.age_min}-{rules.age_max}")
    return born


def _discharge_ok(discharged: date, today: date, rules: Rules) -> date:
    if discharged > today:
        raise ValueError("the discharge date is in the future")
    if (today - discharged).days > rules.discharge_window_days:
        raise ValueError(f"discharged more than {rules.discharge_window_days} days ago; not eligible")
    return discharged
