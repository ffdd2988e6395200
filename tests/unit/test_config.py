"""Configuration: defaults, parsing, and failing closed outside dev/test."""

from datetime import UTC, datetime, time

import pytest

from textsupport.config import DEFAULTS, ConfigError, exit_on_config_error, read_settings, validate


def settings(**overrides):
    values = dict(DEFAULTS)
    values.update(overrides)
    return values


def test_development_defaults_are_usable():
    out = validate(settings(), "/srv/instance")
    assert out["DATABASE_URL"] == "sqlite:////srv/instance/textsupport.db"
    assert out["SEND_TIME"] == time(10, 0)
    assert out["QUIET_HOURS"] == (time(21, 0), time(8, 0))
    assert out["PROGRAM_TZ"].key == "America/Edmonton"
    assert out["TWILIO_MPS"] == 1.0
    assert out["SMS_BACKEND"] == "console"
    assert out["TEXTSUPPORT_NOW"] is None
    assert out["QUEUE_REFRESH_SECONDS"] == 20


@pytest.mark.parametrize(("value", "seconds"), [("1", 1), (" 45 ", 45), ("600", 600), (30, 30)])
def test_queue_refresh_seconds_is_a_whole_number_of_seconds(value, seconds):
    out = validate(settings(QUEUE_REFRESH_SECONDS=value), "/srv/instance")
    assert out["QUEUE_REFRESH_SECONDS"] == seconds


@pytest.mark.parametrize(("value", "sites"), [("", ()), (" north , south ,", ("north", "south"))])
def test_sites_is_a_comma_separated_list(value, sites):
    assert validate(settings(SITES=value), "/srv/instance")["SITES"] == sites


TWILIO = {"SMS_BACKEND": "twilio", "TWILIO_ACCOUNT_SID": "AC1", "TWILIO_AUTH_TOKEN": "tok"}


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
        ({"TEXTSUPPORT_ENV": "production", "SECRET_KEY": "s"}, "ONCALL_PHONES"),  # a crisis alerts nobody
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
        ({"SITES": "north,North"}, "SITES"),
        ({"TEXTSUPPORT_NOW": "yesterday"}, "TEXTSUPPORT_NOW"),
        ({"TEXTSUPPORT_NOW": "2026-03-08T10:00:00"}, "TEXTSUPPORT_NOW"),  # no offset: ambiguous
        (
            {"TEXTSUPPORT_ENV": "production", "SECRET_KEY": "s", "TEXTSUPPORT_NOW": "2026-03-08T17:00Z"},
            "TEXTSUPPORT_NOW",
        ),
    ],
)
def test_bad_configuration_names_the_variable(overrides, names):
    with pytest.raises(ConfigError, match=names):
        validate(settings(**overrides), "/srv/instance")


def test_production_with_secret_and_twilio_is_accepted():
    out = validate(
        settings(
            **TWILIO,
            TEXTSUPPORT_ENV="production",
            SECRET_KEY="long-random",
            TWILIO_MESSAGING_SERVICE_SID="MG1",
            PUBLIC_BASE_URL="https://sms.example.org",
            ONCALL_PHONES="+17805550999",
        ),
        "/srv/instance",
    )
    assert out["SECRET_KEY"] == "long-random"
    assert out["SMS_BACKEND"] == "twilio"


def test_fixed_now_is_parsed_to_utc():
    out = validate(settings(TEXTSUPPORT_NOW="2026-03-08T10:00:00-06:00"), "/srv/instance")
    assert out["TEXTSUPPORT_NOW"] == datetime(2026, 3, 8, 16, 0, tzinfo=UTC)


def test_environment_overrides_dotenv_and_defaults(monkeypatch):
    monkeypatch.setenv("SEND_TIME", "09:30")
    assert read_settings()["SEND_TIME"] == "09:30"


def test_explicit_settings_ignore_the_environment(monkeypatch):
    monkeypatch.setenv("SEND_TIME", "09:30")
    assert read_settings({"TEXTSUPPORT_ENV": "test"})["SEND_TIME"] == "10:00"


def test_config_error_becomes_a_one_line_exit():
    with pytest.raises(SystemExit) as exited, exit_on_config_error():
        raise ConfigError("SECRET_KEY is required")
    assert str(exited.value.code) == "textsupport: configuration error: SECRET_KEY is required"


def test_env_example_lists_every_setting_with_no_real_secret():
    import re

    from textsupport.config import PROJECT_ROOT

    text = (PROJECT_ROOT / ".env.example").read_text()
    assert [k for k in DEFAULTS if not re.search(rf"^#?\s*{k}=", text, re.M)] == []
    assert re.search(r"^(SECRET_KEY|TWILIO_AUTH_TOKEN)=\S", text, re.M) is None


def test_copying_env_example_gives_a_working_development_config(tmp_path):
    from dotenv import dotenv_values

    from textsupport.config import PROJECT_ROOT

    values = {k: v for k, v in dotenv_values(PROJECT_ROOT / ".env.example").items() if k in DEFAULTS}
    out = validate(settings(**values), str(tmp_path))
    assert out["SMS_BACKEND"] == "console" and out["TEXTSUPPORT_NOW"] is None
