"""SMS gateways: console for development, the in-memory fake for tests."""

import io

import pytest

from textsupport.sms import ConsoleGateway, FakeGateway, TwilioGateway, make_gateway


def test_console_prints_the_text_and_reports_it_sent():
    out = io.StringIO()
    result = ConsoleGateway(out).send("+17805550100", "Hello there")
    assert "+17805550100" in out.getvalue()
    assert "Hello there" in out.getvalue()
    assert result.status == "sent"
    assert result.provider_sid.startswith("CONSOLE")


def test_fake_records_each_text_with_distinct_ids():
    fake = FakeGateway()
    first = fake.send("+17805550100", "one")
    second = fake.send("+17805550101", "two")
    assert fake.sent == [("+17805550100", "one"), ("+17805550101", "two")]
    assert first.provider_sid != second.provider_sid


@pytest.mark.parametrize(
    ("backend", "kind"),
    [("console", ConsoleGateway), ("fake", FakeGateway), ("twilio", TwilioGateway)],
)
def test_make_gateway_follows_sms_backend(backend, kind):
    config = {
        "SMS_BACKEND": backend,
        "TWILIO_ACCOUNT_SID": "AC" + "0" * 32,
        "TWILIO_AUTH_TOKEN": "token",
        "TWILIO_FROM_NUMBER": "+17805550199",
        "TWILIO_MESSAGING_SERVICE_SID": None,
        "TWILIO_API_BASE": "http://127.0.0.1:9/",
    }
    assert isinstance(make_gateway(config), kind)
