"""Settings: defaults in code, secrets from the environment, fail closed outside dev/test."""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dotenv import dotenv_values

from textsupport.triage.levels import Level

PROJECT_ROOT = Path(__file__).resolve().parent.parent
ENVIRONMENTS = ("development", "test", "production")
SMS_BACKENDS = ("console", "twilio", "fake")

DEFAULTS: dict[str, Any] = {
    "TEXTSUPPORT_ENV": "development",
    "DATABASE_URL": None,  # None: sqlite file under the instance folder
    "SECRET_KEY": None,
    "SMS_BACKEND": "console",
    "TWILIO_ACCOUNT_SID": None,
    "TWILIO_AUTH_TOKEN": None,
    "TWILIO_FROM_NUMBER": None,
    "TWILIO_MESSAGING_SERVICE_SID": None,
    "TWILIO_API_BASE": "https://api.twilio.com",
    "TWILIO_MPS": "1",
    "PUBLIC_BASE_URL": None,
    "PROGRAM_TZ": "America/Edmonton",
    "SEND_TIME": "10:00",
    "QUIET_HOURS": "21:00-08:00",
    "TEXTSUPPORT_NOW": None,
    "SESSION_IDLE_MINUTES": "30",
    "LOGIN_RATE_LIMIT": "10 per minute",
    "MFA_REQUIRED": None,  # staff must set up TOTP before using any page; None: on in production only
    "RATELIMIT_STORAGE_URI": "memory://",
    # Trial rules: eligibility, stratified randomisation, follow-up time points.
    "ELIGIBLE_AGE": "18-65",
    "DISCHARGE_WINDOW_DAYS": "7",
    "STRATA_FIELDS": "site,sex",
    "SITES": "",  # the recruiting sites; empty: the sites the allocation table covers
    "ASSESSMENT_OFFSETS_DAYS": "baseline=0,week_6=42,month_3=91,month_6=182,month_12=365",
    "LOW_ALLOCATION_SHARE": "0.10",
    # Wording (messages/) and the shared values every text may use.
    "MESSAGES_DIR": None,  # None: messages/ in the project
    "CRISIS_LINES_FILE": None,  # None: messages/crisis_lines.toml
    "PROGRAM_NAME": "TextSupport",
    "PROGRAM_OPERATOR": "the study team",
    "REPLY_HOURS": "weekdays 9am to 5pm",
    # Crisis alerts go to these phones (comma-separated), as a link, even in quiet hours.
    "ONCALL_PHONES": "",
    # The reply queue: minutes until an item is overdue, and peers' caseload cap.
    "QUEUE_SLA_MINUTES": "crisis=15,urgent=240,routine=1440",
    "PEER_CASELOAD_CAP": "15",
    # Seconds between the queue page's refreshes of its list.
    "QUEUE_REFRESH_SECONDS": "20",
}

# Only for local development: a fixed key so restarting `make run` keeps people logged in.
DEV_SECRET_KEY = "dev-only-not-secret"  # noqa: S105 (development only; production requires SECRET_KEY)


class ConfigError(ValueError):
    """A setting is missing or malformed; the message names the variable."""


def read_settings(config: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """Merge defaults with .env and the environment, or with an explicit mapping (tests)."""
    settings = dict(DEFAULTS)
    if config is not None:
        settings.update(config)
        return settings
    dotenv = PROJECT_ROOT / ".env"
    if dotenv.exists():
        settings.update({k: v for k, v in dotenv_values(dotenv).items() if k in DEFAULTS})
    settings.update({k: os.environ[k] for k in DEFAULTS if k in os.environ})
    return settings


def validate(settings: dict[str, Any], instance_path: str) -> dict[str, Any]:
    """Check every setting and return the typed values the app uses."""
    env = settings["TEXTSUPPORT_ENV"]
    if env not in ENVIRONMENTS:
        raise ConfigError(f"TEXTSUPPORT_ENV must be one of {', '.join(ENVIRONMENTS)}, not {env!r}")
    production = env == "production"
    out = dict(settings)
    out["SECRET_KEY"] = _secret_key(settings["SECRET_KEY"], production)
    out["DATABASE_URL"] = settings["DATABASE_URL"] or f"sqlite:///{instance_path}/textsupport.db"
    out["SMS_BACKEND"] = _sms_backend(settings, env)
    out["TWILIO_MPS"] = _positive_number("TWILIO_MPS", settings["TWILIO_MPS"])
    out["PROGRAM_TZ"] = _zone("PROGRAM_TZ", settings["PROGRAM_TZ"])
    out["SEND_TIME"] = _clock_time("SEND_TIME", settings["SEND_TIME"])
    out["QUIET_HOURS"] = _window("QUIET_HOURS", settings["QUIET_HOURS"])
    out["TEXTSUPPORT_NOW"] = _fixed_now(settings["TEXTSUPPORT_NOW"], production)
    out["MFA_REQUIRED"] = _flag("MFA_REQUIRED", settings["MFA_REQUIRED"], default=production)
    out["LOGIN_RATE_LIMIT"] = _rate_limit("LOGIN_RATE_LIMIT", settings["LOGIN_RATE_LIMIT"])
    out["SESSION_IDLE_MINUTES"] = _positive_number("SESSION_IDLE_MINUTES", settings["SESSION_IDLE_MINUTES"])
    out.update(_trial_rules(settings))
    out["ONCALL_PHONES"] = _phones("ONCALL_PHONES", settings["ONCALL_PHONES"])
    if production and not out["ONCALL_PHONES"]:
        raise ConfigError(
            "ONCALL_PHONES is required when TEXTSUPPORT_ENV=production: a crisis must reach someone"
        )
    out["QUEUE_SLA_MINUTES"] = _sla(settings["QUEUE_SLA_MINUTES"])
    out["PEER_CASELOAD_CAP"] = int(_positive_number("PEER_CASELOAD_CAP", settings["PEER_CASELOAD_CAP"]))
    refresh = settings["QUEUE_REFRESH_SECONDS"]
    out["QUEUE_REFRESH_SECONDS"] = _whole_number("QUEUE_REFRESH_SECONDS", refresh, 1, 600)
    out["MESSAGES_DIR"] = settings["MESSAGES_DIR"] or str(PROJECT_ROOT / "messages")
    out["CRISIS_LINES_FILE"] = settings["CRISIS_LINES_FILE"] or str(
        Path(out["MESSAGES_DIR"]) / "crisis_lines.toml"
    )
    if not Path(out["CRISIS_LINES_FILE"]).is_file():
        raise ConfigError(f"CRISIS_LINES_FILE {out['CRISIS_LINES_FILE']} does not exist")
    return out


@contextlib.contextmanager
def exit_on_config_error() -> Iterator[None]:
    """Turn a ConfigError into a one-line message and exit status 1, never a traceback."""
    try:
        yield
    except ConfigError as error:
        raise SystemExit(f"textsupport: configuration error: {error}") from None


def _trial_rules(settings: Mapping[str, Any]) -> dict[str, Any]:
    low, _, high = str(settings["ELIGIBLE_AGE"]).partition("-")
    if not (low.strip().isdigit() and high.strip().isdigit() and int(low) <= int(high)):
        raise ConfigError(f"ELIGIBLE_AGE must be a range such as 18-65, not {settings['ELIGIBLE_AGE']!r}")
    fields = tuple(f.strip() for f in str(settings["STRATA_FIELDS"]).split(",") if f.strip())
    if not fields or not set(fields) <= {"site", "sex"}:
        raise ConfigError(f"STRATA_FIELDS must name site and/or sex, not {settings['STRATA_FIELDS']!r}")
    share = _positive_number("LOW_ALLOCATION_SHARE", settings["LOW_ALLOCATION_SHARE"])
    return {
        "ELIGIBLE_AGE": (int(low), int(high)),
        "DISCHARGE_WINDOW_DAYS": int(
            _positive_number("DISCHARGE_WINDOW_DAYS", settings["DISCHARGE_WINDOW_DAYS"])
        ),
        "STRATA_FIELDS": fields,
        "SITES": _sites(settings["SITES"]),
        "ASSESSMENT_OFFSETS_DAYS": _offsets(settings["ASSESSMENT_OFFSETS_DAYS"]),
        "LOW_ALLOCATION_SHARE": share,
    }


def _sites(value: Any) -> tuple[str, ...]:
    """'north,south' -> ('north', 'south'); each a stratum value, so no | or =, and no repeats."""
    if isinstance(value, tuple):
        return value
    sites = tuple(part.strip() for part in str(value or "").split(",") if part.strip())
    for site in sites:
        if "|" in site or "=" in site or len(site) > 40:
            raise ConfigError(f"SITES: {site!r} must be at most 40 characters with no | or =")
    if len({site.casefold() for site in sites}) != len(sites):
        raise ConfigError(f"SITES names a site more than once: {value!r}")
    return sites


def _flag(name: str, value: Any, default: bool) -> bool:
    """true/false, yes/no, 1/0 (any case); unset means `default`."""
    if value is None or value == "":
        return default
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("1", "true", "yes", "on"):
        return True
    if text in ("0", "false", "no", "off"):
        return False
    raise ConfigError(f"{name} must be true or false, not {value!r}")


SLA_LEVELS = tuple(level.value for level in Level)  # the one enum of levels


def _sla(value: Any) -> dict[str, int]:
    """'crisis=15,urgent=240,routine=1440' -> minutes per level; every level must be given."""
    if isinstance(value, dict):
        return value
    minutes = {}
    for part in str(value).split(","):
        level, _, number = part.partition("=")
        if level.strip() not in SLA_LEVELS or not number.strip().isdigit() or int(number) < 1:
            raise ConfigError(
                f"QUEUE_SLA_MINUTES must look like crisis=15,urgent=240,routine=1440, not {value!r}"
            )
        minutes[level.strip()] = int(number)
    if set(minutes) != set(SLA_LEVELS):
        raise ConfigError(
            f"QUEUE_SLA_MINUTES must give minutes for crisis, urgent and routine, not {value!r}"
        )
    return minutes


ASSESSMENT_KINDS = ("baseline", "week_6", "month_3", "month_6", "month_12")


def _offsets(value: Any) -> dict[str, int]:
    if isinstance(value, dict):
        return value
    offsets = {}
    for part in str(value).split(","):
        kind, _, days = part.partition("=")
        if kind.strip() not in ASSESSMENT_KINDS or not days.strip().isdigit():
            kinds = ", ".join(ASSESSMENT_KINDS)
            raise ConfigError(f"ASSESSMENT_OFFSETS_DAYS must be kind=days pairs over {kinds}, not {value!r}")
        offsets[kind.strip()] = int(days)
    return offsets


def _phones(name: str, value: Any) -> tuple[str, ...]:
    if isinstance(value, tuple):
        return value
    from textsupport import phones

    try:
        return tuple(phones.normalise(part) for part in str(value or "").split(",") if part.strip())
    except phones.PhoneError as error:
        raise ConfigError(f"{name}: {error}") from None


def _secret_key(value: str | None, production: bool) -> str:
    if value:
        return value
    if production:
        raise ConfigError("SECRET_KEY is required when TEXTSUPPORT_ENV=production")
    return DEV_SECRET_KEY


def _sms_backend(settings: Mapping[str, Any], env: str) -> str:
    backend = settings["SMS_BACKEND"]
    if backend not in SMS_BACKENDS or (backend == "fake" and env != "test"):
        raise ConfigError(f"SMS_BACKEND must be console or twilio, not {backend!r}")
    if backend == "twilio":
        for name in ("TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN"):
            if not settings[name]:
                raise ConfigError(f"{name} is required when SMS_BACKEND=twilio")
        if not (settings["TWILIO_FROM_NUMBER"] or settings["TWILIO_MESSAGING_SERVICE_SID"]):
            raise ConfigError(
                "TWILIO_FROM_NUMBER or TWILIO_MESSAGING_SERVICE_SID is required when SMS_BACKEND=twilio"
            )
        if not settings["PUBLIC_BASE_URL"] and env == "production":
            raise ConfigError("PUBLIC_BASE_URL is required when SMS_BACKEND=twilio in production")
    return backend


def _rate_limit(name: str, value: Any) -> str:
    """A Flask-Limiter rate such as '10 per minute' (or '10/minute;100/hour')."""
    from limits import parse_many

    try:
        if parse_many(str(value)):
            return str(value)
    except ValueError:
        pass
    raise ConfigError(f"{name} must be a rate such as 10 per minute, not {value!r}")


def _positive_number(name: str, value: Any) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ConfigError(f"{name} must be a positive number, not {value!r}") from None
    if number <= 0:
        raise ConfigError(f"{name} must be a positive number, not {value!r}")
    return number


def _whole_number(name: str, value: Any, low: int, high: int) -> int:
    """A whole number from `low` to `high`; '20' and 20 both work, '1.5' and '20s' do not."""
    text = str(value).strip()
    if not re.fullmatch(r"[0-9]+", text) or not low <= int(text) <= high:
        raise ConfigError(f"{name} must be a whole number from {low} to {high}, not {value!r}")
    return int(text)


def _zone(name: str, value: Any) -> ZoneInfo:
    if isinstance(value, ZoneInfo):
        return value
    try:
        return ZoneInfo(str(value))
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(
            f"{name} must be an IANA time zone such as America/Edmonton, not {value!r}"
        ) from None


_HHMM = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")


def _clock_time(name: str, value: Any) -> time:
    if isinstance(value, time):
        return value
    match = _HHMM.match(str(value).strip())
    if not match:
        raise ConfigError(f"{name} must be a 24-hour time HH:MM such as 10:00, not {value!r}")
    return time(int(match[1]), int(match[2]))


def _window(name: str, value: Any) -> tuple[time, time]:
    if isinstance(value, tuple):
        return value
    start, sep, end = str(value).partition("-")
    if not sep:
        raise ConfigError(f"{name} must be a window HH:MM-HH:MM such as 21:00-08:00, not {value!r}")
    return _clock_time(name, start), _clock_time(name, end)


def _fixed_now(value: Any, production: bool) -> datetime | None:
    if value in (None, ""):
        return None
    if production:
        raise ConfigError("TEXTSUPPORT_NOW is for development and test only; unset it in production")
    if isinstance(value, datetime):
        instant = value
    else:
        try:
            instant = datetime.fromisoformat(str(value).strip())
        except ValueError:
            raise ConfigError(
                f"TEXTSUPPORT_NOW must be an ISO 8601 instant such as 2026-03-08T17:00:00Z, not {value!r}"
            ) from None
    if instant.tzinfo is None:
        raise ConfigError(f"TEXTSUPPORT_NOW must include a UTC offset or Z, not {value!r}")
    return instant.astimezone(UTC)
