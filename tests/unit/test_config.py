"""Configuration: defaults, parsing, and failing closed outside dev/test."""

import re
from dataclasses import FrozenInstanceError, fields
from datetime import UTC, datetime, time

import pytest
from dotenv import dotenv_values

from tests.support.databases import production_settings
from textsupport.config import (
    NAMES,
    PROJECT_ROOT,
    ConfigError,
    Settings,
    check_workers,
    exit_on_config_error,
    load,
)
from textsupport.config.settings import DEV_TWILIO_AUTH_TOKEN


def build(**overrides) -> Settings:
    """The settings from the defaults and `overrides` alone, as the environment would give them."""
    return load(overrides, "/srv/instance")


def test_development_defaults_are_usable():
    out = build()
    assert out.database_url == "sqlite:////srv/instance/textsupport.db"
    assert out.send_time == time(10, 0)
    assert out.quiet_hours == (time(21, 0), time(8, 0))
    assert out.program_tz.key == "America/Edmonton"
    assert out.twilio_mps == 1.0
    assert out.twilio_timeout_seconds == 10.0
    assert out.sms_backend == "console"
    assert out.textsupport_now is None
    assert out.queue_refresh_seconds == 20


@pytest.mark.parametrize(("value", "seconds"), [("1", 1), (" 45 ", 45), ("600", 600), (30, 30)])
def test_queue_refresh_seconds_is_a_whole_number_of_seconds(value, seconds):
    out = build(QUEUE_REFRESH_SECONDS=value)
    assert out.queue_refresh_seconds == seconds


@pytest.mark.parametrize(("value", "days"), [(None, 30), ("7", 7), ("3650", 3650)])
def test_refusal_counts_keep_days_defaults_to_30(value, days):
    out = build() if value is None else build(REFUSAL_COUNTS_KEEP_DAYS=value)
    assert out.refusal_counts_keep_days == days


@pytest.mark.parametrize("value", ["0", "-1", "1.5", "30d", "3651"])
def test_refusal_counts_keep_days_refuses_what_is_not_a_whole_number_of_days(value):
    with pytest.raises(ConfigError, match="REFUSAL_COUNTS_KEEP_DAYS"):
        build(REFUSAL_COUNTS_KEEP_DAYS=value)


@pytest.mark.parametrize(
    ("value", "target"),
    [("", {}), ("120", {"total": 120}), ("north=60, south=40", {"north": 60, "south": 40})],
)
def test_recruitment_target_is_a_total_or_per_site(value, target):
    assert dict(build(RECRUITMENT_TARGET=value).recruitment_target) == target


@pytest.mark.parametrize(("value", "sites"), [("", ()), (" north , south ,", ("north", "south"))])
def test_sites_is_a_comma_separated_list(value, sites):
    assert build(SITES=value).sites == sites


TWILIO = {"SMS_BACKEND": "twilio", "TWILIO_ACCOUNT_SID": "AC1", "TWILIO_AUTH_TOKEN": "tok"}
PRODUCTION = {  # everything production needs but on-call phones
    **TWILIO,
    "TEXTSUPPORT_ENV": "production",
    "SECRET_KEY": "s",
    "TWILIO_FROM_NUMBER": "+17805550199",
    "PUBLIC_BASE_URL": "https://sms.example.org",
}


@pytest.mark.parametrize(
    ("overrides", "names"),
    [
        ({"TEXTSUPPORT_ENV": "production"}, "SECRET_KEY"),
        ({"TEXTSUPPORT_ENV": "staging"}, "TEXTSUPPORT_ENV"),
        ({"SMS_BACKEND": "twilio"}, "TWILIO_ACCOUNT_SID"),
        ({"SMS_BACKEND": "twilio", "TWILIO_ACCOUNT_SID": "AC1"}, "TWILIO_AUTH_TOKEN"),
        (TWILIO, "TWILIO_FROM_NUMBER"),
        (
            {**TWILIO, "TEXTSUPPORT_ENV": "production", "SECRET_KEY": "s", "TWILIO_FROM_NUMBER": "+1"},
            "PUBLIC_BASE_URL",
        ),
        (PRODUCTION, "ONCALL_PHONES"),  # a crisis alerts nobody
        (
            {"TEXTSUPPORT_ENV": "production", "SECRET_KEY": "s", "ONCALL_PHONES": "+17805550999"},
            "SMS_BACKEND",
        ),
        ({"SMS_BACKEND": "carrier-pigeon"}, "SMS_BACKEND"),
        ({"SMS_BACKEND": "fake"}, "SMS_BACKEND"),  # the in-memory fake is for tests only
        ({"TWILIO_MPS": "0"}, "TWILIO_MPS"),
        ({"TWILIO_MPS": "fast"}, "TWILIO_MPS"),
        ({"PROGRAM_TZ": "Mountain/Nowhere"}, "PROGRAM_TZ"),
        ({"SEND_TIME": "25:00"}, "SEND_TIME"),
        ({"SEND_TIME": "10am"}, "SEND_TIME"),
        ({"QUIET_HOURS": "21:00"}, "QUIET_HOURS"),
        ({"QUEUE_REFRESH_SECONDS": "0"}, "QUEUE_REFRESH_SECONDS"),
        ({"QUEUE_REFRESH_SECONDS": "601"}, "QUEUE_REFRESH_SECONDS"),
        ({"QUEUE_REFRESH_SECONDS": "1.5"}, "QUEUE_REFRESH_SECONDS"),
        ({"QUEUE_REFRESH_SECONDS": "-5"}, "QUEUE_REFRESH_SECONDS"),
        ({"QUEUE_REFRESH_SECONDS": "20s"}, "QUEUE_REFRESH_SECONDS"),
        ({"QUEUE_REFRESH_SECONDS": ""}, "QUEUE_REFRESH_SECONDS"),
        ({"LOGIN_RATE_LIMIT": "lots"}, "LOGIN_RATE_LIMIT"),
        ({"LOGIN_RATE_LIMIT": ""}, "LOGIN_RATE_LIMIT"),
        ({"SITES": "north|south"}, "SITES"),
        ({"RECRUITMENT_TARGET": "lots"}, "RECRUITMENT_TARGET"),
        ({"RECRUITMENT_TARGET": "0"}, "RECRUITMENT_TARGET"),
        ({"RECRUITMENT_TARGET": "north=60,north=10"}, "RECRUITMENT_TARGET"),
        ({"RECRUITMENT_TARGET": "north=60,total=10"}, "RECRUITMENT_TARGET"),
        ({"SITES": "north,North"}, "SITES"),
        ({"TEXTSUPPORT_NOW": "yesterday"}, "TEXTSUPPORT_NOW"),
        ({"TEXTSUPPORT_NOW": "2026-03-08T10:00:00"}, "TEXTSUPPORT_NOW"),  # no offset: ambiguous
        (
            {**PRODUCTION, "ONCALL_PHONES": "+17805550999", "TEXTSUPPORT_NOW": "2026-03-08T17:00Z"},
            "TEXTSUPPORT_NOW",
        ),
    ],
)
def test_bad_configuration_names_the_variable(overrides, names):
    with pytest.raises(ConfigError, match=names):
        build(**overrides)


def test_production_with_secret_and_twilio_is_accepted():
    out = build(
        **TWILIO,
        TEXTSUPPORT_ENV="production",
        SECRET_KEY="long-random",
        TWILIO_MESSAGING_SERVICE_SID="MG1",
        PUBLIC_BASE_URL="https://sms.example.org",
        ONCALL_PHONES="+17805550999",
    )
    assert out.secret_key == "long-random"
    assert out.sms_backend == "twilio"


def test_fixed_now_is_parsed_to_utc():
    out = build(TEXTSUPPORT_NOW="2026-03-08T10:00:00-06:00")
    assert out.textsupport_now == datetime(2026, 3, 8, 16, 0, tzinfo=UTC)


def test_environment_overrides_dotenv_and_defaults(monkeypatch):
    monkeypatch.setenv("SEND_TIME", "09:30")
    assert load().send_time == time(9, 30)


def test_explicit_settings_ignore_the_environment(monkeypatch):
    monkeypatch.setenv("SEND_TIME", "09:30")
    assert load({"TEXTSUPPORT_ENV": "test"}).send_time == time(10, 0)


def test_config_error_becomes_a_one_line_exit():
    with pytest.raises(SystemExit) as exited, exit_on_config_error():
        raise ConfigError("SECRET_KEY is required")
    assert str(exited.value.code) == "textsupport: configuration error: SECRET_KEY is required"


def _env_example_names() -> list[str]:
    """Every variable .env.example sets or shows commented out, in order."""
    text = (PROJECT_ROOT / ".env.example").read_text()
    return re.findall(r"^#?\s*([A-Z][A-Z0-9_]*)=", text, re.M)


def _readme_names() -> list[str]:
    """Every variable named in the first cell of a row of README's environment table."""
    readme = (PROJECT_ROOT / "README.md").read_text()
    table = readme.split("## Environment", 1)[1].split("\n## ", 1)[0]
    rows = [line.split("|")[1] for line in table.splitlines() if line.startswith("| `")]
    return [name for cell in rows for name in re.findall(r"`([A-Z][A-Z0-9_]*)`", cell)]


@pytest.mark.parametrize("listed", [_env_example_names, _readme_names], ids=[".env.example", "README"])
def test_each_list_of_variables_names_exactly_the_settings_fields(listed):
    names = listed()
    assert sorted(set(names)) == sorted(NAMES)
    assert len(names) == len(set(names))  # each once


def test_every_field_has_a_parser_and_a_description():
    for field in fields(Settings):
        assert callable(field.metadata["parse"]) and field.metadata["doc"].strip(), field.name


def test_settings_are_frozen_and_keep_secrets_out_of_their_repr():
    out = build(SECRET_KEY="very-secret-key", TWILIO_AUTH_TOKEN="very-secret-token")
    with pytest.raises(FrozenInstanceError):
        out.send_time = time(9, 0)
    with pytest.raises(TypeError):
        out.queue_sla_minutes["crisis"] = 999
    assert "very-secret" not in repr(out)


def test_env_example_sets_no_real_secret():
    text = (PROJECT_ROOT / ".env.example").read_text()
    assert re.search(r"^(SECRET_KEY|TWILIO_AUTH_TOKEN)=\S", text, re.M) is None


def test_copying_env_example_gives_a_working_development_config(tmp_path):
    values = {k: v for k, v in dotenv_values(PROJECT_ROOT / ".env.example").items() if k in NAMES}
    out = load(values, tmp_path)
    assert out.sms_backend == "console" and out.textsupport_now is None
    assert out.database_url == f"sqlite:///{tmp_path}/textsupport.db"


def test_production_refuses_per_process_throttling_with_several_workers(tmp_path):
    settings = load(production_settings(f"sqlite:///{tmp_path}/x.db"), tmp_path)
    check_workers(settings, 1)  # one process: its memory is shared by every request
    with pytest.raises(ConfigError, match="memory://.*2 web workers"):
        check_workers(settings, 2)
    shared = load(
        production_settings(f"sqlite:///{tmp_path}/x.db", RATELIMIT_STORAGE_URI="redis://127.0.0.1:6379"),
        tmp_path,
    )
    check_workers(shared, 4)
    check_workers(load({"TEXTSUPPORT_ENV": "development"}, tmp_path), 4)  # make run and tests


@pytest.mark.parametrize(("value", "share"), [(None, 0.05), ("0.1", 0.1), ("1", 1.0)])
def test_filtered_alert_share_defaults_to_5_percent(value, share):
    out = build() if value is None else build(FILTERED_ALERT_SHARE=value)
    assert out.filtered_alert_share == share


@pytest.mark.parametrize("value", ["0", "-0.05", "5", "1.01", "5%"])
def test_filtered_alert_share_must_be_a_share_of_one(value):
    with pytest.raises(ConfigError, match="FILTERED_ALERT_SHARE"):
        build(FILTERED_ALERT_SHARE=value)


def test_development_with_the_console_signs_webhooks_with_a_dev_token_and_nothing_else_does():
    """The phone simulator signs its texts; only development with the console backend gets a token for it."""
    assert build().twilio_auth_token == DEV_TWILIO_AUTH_TOKEN
    assert build(TWILIO_AUTH_TOKEN="mine").twilio_auth_token == "mine"
    assert build(TEXTSUPPORT_ENV="test").twilio_auth_token is None
    with pytest.raises(ConfigError, match="TWILIO_AUTH_TOKEN is required"):
        build(SMS_BACKEND="twilio", TWILIO_ACCOUNT_SID="AC1", TWILIO_FROM_NUMBER="+17805550199")
