"""The settings: one typed, frozen object built once at start-up from the environment.

Each field is one environment variable (the field's name in capitals) and carries its default as
the environment would write it, its parser and a one-line description. README's environment table
and `.env.example` list exactly these fields (tests/unit/test_config.py holds them to it).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from datetime import datetime, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from dotenv import dotenv_values

from textsupport.config import parsers as p
from textsupport.config.parsers import ConfigError

PROJECT_ROOT = Path(__file__).resolve().parent.parent.parent
INSTANCE = PROJECT_ROOT / "instance"  # Flask's instance folder for the textsupport package
# Only for local development: a fixed key so restarting `make run` keeps people logged in.
DEV_SECRET_KEY = "dev-only-not-secret"  # noqa: S105 (development only; production requires SECRET_KEY)
# Only for development with the console backend: a fixed webhook token, so the phone simulator
# (/simulator) can sign its texts and send them through the real, signature-checked webhook.
DEV_TWILIO_AUTH_TOKEN = "dev-only-webhook-token"  # noqa: S105 (never with SMS_BACKEND=twilio or in production)


def setting(default: str | None, parse: Callable[[str, Any], Any], doc: str, secret: bool = False) -> Any:
    """A field: its default as raw text (None: unset), its parser and what it is for.

    A secret never shows in the object's repr, so a logged Settings leaks no key.
    """
    return field(metadata={"default": default, "parse": parse, "doc": doc}, repr=not secret)


@dataclass(frozen=True, slots=True)
class Settings:
    """Every setting of the app, typed. Services receive this object; none reads `current_app`."""

    textsupport_env: str = setting("development", p.environment, "development, test or production")
    database_url: str = setting(None, p.optional_text, "SQLAlchemy URL; unset: SQLite under instance/")
    secret_key: str = setting(
        None, p.optional_text, "signs sessions; production refuses to start without it", secret=True
    )
    sms_backend: str = setting("console", p.sms_backend, "console (prints texts) or twilio")
    twilio_account_sid: str | None = setting(None, p.optional_text, "Twilio account; needed with twilio")
    twilio_auth_token: str | None = setting(
        None, p.optional_text, "Twilio token; also checks webhook signatures", secret=True
    )
    twilio_from_number: str | None = setting(None, p.optional_text, "the sender's number")
    twilio_messaging_service_sid: str | None = setting(None, p.optional_text, "or the sender's service")
    twilio_api_base: str = setting("https://api.twilio.com", p.text, "base URL of Twilio's REST API")
    twilio_mps: float = setting("1", p.positive_number, "segments per second the sender may use")
    twilio_timeout_seconds: float = setting(
        "10", p.positive_number, "seconds the Twilio client waits for an answer; then the text is reconciled"
    )
    public_base_url: str | None = setting(None, p.optional_text, "the URL Twilio calls back")
    twilio_inbound_numbers: tuple[str, ...] = setting(
        "", p.phones, "our numbers the backstop lists replies to; empty: TWILIO_FROM_NUMBER"
    )
    inbound_spool: str = setting(
        None, p.optional_text, "file replies wait in while the database is down; unset: under instance/"
    )
    program_tz: ZoneInfo = setting("America/Edmonton", p.zone, "the programme's zone: staff read times in it")
    send_time: time = setting("10:00", p.clock_time, "local time of the daily supportive text")
    quiet_hours: tuple[time, time] = setting("21:00-08:00", p.window, "no non-urgent text inside this window")
    textsupport_now: datetime | None = setting(None, p.instant, "dev/test only: a fixed now")
    session_idle_minutes: float = setting("30", p.positive_number, "staff sessions end after this idle time")
    session_max_hours: float = setting("12", p.positive_number, "staff sessions end this long after sign-in")
    login_rate_limit: str = setting("10 per minute", p.rate_limit, "sign-in attempts per account and address")
    mfa_required: bool = setting(None, p.flag, "staff must set up TOTP; unset: on in production only")
    ratelimit_storage_uri: str = setting("memory://", p.text, "where login throttling counts")
    proxy_count: int = setting(
        "0", p.whole_number(0, 5), "reverse proxies in front: the client is behind them"
    )
    eligible_age: tuple[int, int] = setting("18-65", p.age_range, "eligible age range at enrolment")
    discharge_window_days: int = setting(
        "7", p.positive_whole, "enrolment within this many days of discharge"
    )
    strata_fields: tuple[str, ...] = setting("site,sex", p.strata, "randomisation strata: site and/or sex")
    sites: tuple[str, ...] = setting("", p.sites, "the recruiting sites; empty: the allocation table's")
    assessment_offsets_days: Mapping[str, int] = setting(
        "baseline=0,week_6=42,month_3=91,month_6=182,month_12=365",
        p.offsets,
        "follow-up days after randomisation",
    )
    recruitment_target: Mapping[str, int] = setting(
        "", p.recruitment_target, "participants to randomise: a total (120) or per site (north=60,south=60)"
    )
    low_allocation_share: float = setting("0.10", p.positive_number, "warn when a stratum has less left")
    messages_dir: str = setting(None, p.optional_text, "the message bank; unset: messages/")
    crisis_lines_file: str = setting(
        None, p.optional_text, "crisis numbers; unset: messages/crisis_lines.toml"
    )
    program_name: str = setting("TextSupport", p.text, "the programme's name in texts")
    program_operator: str = setting("the study team", p.text, "who runs it, in texts")
    reply_hours: str = setting("weekdays 9am to 5pm", p.text, "when staff answer, in texts")
    program_operator_fr: str = setting("l'équipe de l'étude", p.text, "who runs it, in French texts")
    reply_hours_fr: str = setting("en semaine de 9 h à 17 h", p.text, "when staff answer, in French texts")
    oncall_phones: tuple[str, ...] = setting(
        "", p.phones, "phones alerted to a crisis; required in production"
    )
    filtered_alert_share: float = setting(
        "0.05", p.share, "daily texts pause when carriers filter more than this share of a day's sends"
    )
    queue_sla_minutes: Mapping[str, int] = setting(
        "crisis=15,urgent=240,routine=1440", p.sla_minutes, "minutes an item may wait for a first response"
    )
    peer_caseload_cap: int = setting("15", p.positive_whole, "participants per peer worker")
    crisis_per_shift_max: int = setting(
        "3", p.positive_whole, "crisis items per peer worker per shift; then new crises go to supervisors"
    )
    supervision_every_days: int = setting(
        "14", p.positive_whole, "days between a peer worker's supervision check-ins; later is overdue"
    )
    queue_refresh_seconds: int = setting("20", p.whole_number(1, 600), "seconds between queue list refreshes")
    refusal_counts_keep_days: int = setting(
        "30", p.whole_number(1, 3650), "days the per-minute counts of refused requests are kept"
    )

    @property
    def production(self) -> bool:
        return self.textsupport_env == "production"


NAMES = tuple(f.name.upper() for f in fields(Settings))  # the environment variables, in order


def load(overrides: Mapping[str, Any] | None = None, instance_path: str | Path = INSTANCE) -> Settings:
    """Defaults, then .env, then the environment; or, given `overrides` (tests), defaults then those."""
    raw = _raw(overrides)
    values = {f.name: f.metadata["parse"](f.name.upper(), raw[f.name.upper()]) for f in fields(Settings)}
    _fill_defaults(values, Path(instance_path))
    _check(values)
    return Settings(**values)


def _raw(overrides: Mapping[str, Any] | None) -> dict[str, Any]:
    raw = {f.name.upper(): f.metadata["default"] for f in fields(Settings)}
    if overrides is not None:
        raw.update({name: value for name, value in overrides.items() if name in raw})
        return raw
    dotenv = PROJECT_ROOT / ".env"
    if dotenv.exists():
        raw.update({k: v for k, v in dotenv_values(dotenv).items() if k in raw})
    raw.update({k: os.environ[k] for k in raw if k in os.environ})
    return raw


def _fill_defaults(values: dict[str, Any], instance: Path) -> None:
    """The defaults that depend on the environment or on other settings."""
    production = values["textsupport_env"] == "production"
    if not values["secret_key"]:
        if production:
            raise ConfigError("SECRET_KEY is required when TEXTSUPPORT_ENV=production")
        values["secret_key"] = DEV_SECRET_KEY
    development_console = values["textsupport_env"] == "development" and values["sms_backend"] == "console"
    if not values["twilio_auth_token"] and development_console:
        values["twilio_auth_token"] = DEV_TWILIO_AUTH_TOKEN
    values["database_url"] = values["database_url"] or f"sqlite:///{instance}/textsupport.db"
    if values["mfa_required"] is None:
        values["mfa_required"] = production
    values["inbound_spool"] = values["inbound_spool"] or str(instance / "spool" / "inbound.jsonl")
    if not values["twilio_inbound_numbers"] and values["twilio_from_number"]:
        values["twilio_inbound_numbers"] = (values["twilio_from_number"],)
    values["messages_dir"] = values["messages_dir"] or str(PROJECT_ROOT / "messages")
    values["crisis_lines_file"] = values["crisis_lines_file"] or str(
        Path(values["messages_dir"]) / "crisis_lines.toml"
    )


def check_workers(settings: Settings, workers: int) -> None:
    """ConfigError when production would count sign-in attempts per process over several web workers."""
    if settings.production and workers > 1 and settings.ratelimit_storage_uri.startswith("memory://"):
        raise ConfigError(
            f"RATELIMIT_STORAGE_URI=memory:// counts sign-in attempts in each process: with {workers} web "
            "workers use storage they share (e.g. redis://127.0.0.1:6379), or run one worker"
        )


def _check(values: dict[str, Any]) -> None:
    """Rules across settings: what production and Twilio require."""
    env = values["textsupport_env"]
    production = env == "production"
    _check_sms(values, env)
    if production and values["textsupport_now"] is not None:
        raise ConfigError("TEXTSUPPORT_NOW is for development and test only; unset it in production")
    if production and not values["oncall_phones"]:
        raise ConfigError(
            "ONCALL_PHONES is required when TEXTSUPPORT_ENV=production: a crisis must reach someone"
        )
    if not Path(values["crisis_lines_file"]).is_file():
        raise ConfigError(f"CRISIS_LINES_FILE {values['crisis_lines_file']} does not exist")


def _check_sms(values: dict[str, Any], env: str) -> None:
    backend = values["sms_backend"]
    if backend == "fake" and env != "test":
        raise ConfigError(f"SMS_BACKEND must be console or twilio, not {backend!r}")
    if backend == "console" and env == "production":  # texts and on-call alerts would only be printed
        raise ConfigError("SMS_BACKEND=console only prints texts: production must use SMS_BACKEND=twilio")
    if backend != "twilio":
        return
    for name in ("twilio_account_sid", "twilio_auth_token"):
        if not values[name]:
            raise ConfigError(f"{name.upper()} is required when SMS_BACKEND=twilio")
    if not (values["twilio_from_number"] or values["twilio_messaging_service_sid"]):
        raise ConfigError(
            "TWILIO_FROM_NUMBER or TWILIO_MESSAGING_SERVICE_SID is required when SMS_BACKEND=twilio"
        )
    if not values["public_base_url"] and env == "production":
        raise ConfigError("PUBLIC_BASE_URL is required when SMS_BACKEND=twilio in production")
