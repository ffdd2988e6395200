"""SMS gateways: console for development, the in-memory fake for tests."""

import io
import re

import pytest

from textsupport.config import load
from textsupport.sms import ConsoleGateway, FakeGateway, TwilioGateway, make_gateway


def test_console_prints_the_text_and_reports_it_sent():
    out = io.StringIO()
    result = ConsoleGateway(out).send("+17805550100", "Hello there")
    assert "+17805550100" in out.getvalue()
    assert "Hello there" in out.getvalue()
    assert result.status == "sent"


@pytest.mark.parametrize("make", [ConsoleGateway, FakeGateway], ids=["console", "fake"])
def test_ids_look_like_twilios_and_differ_between_gateways(make):
    """A new process (a new gateway) must not reuse the ids of the last one: provider_sid is unique."""
    sids = [make(io.StringIO()) if make is ConsoleGateway else make() for _ in range(3)]
    sids = [gateway.send("+17805550100", "Hello").provider_sid for gateway in sids]
    assert len(set(sids)) == 3
    assert all(re.fullmatch(r"SM[0-9a-f]{32}", sid) for sid in sids)


def test_fake_finds_a_sent_text_by_the_id_it_gave():
    fake = FakeGateway()
    fake.send("+17805550100", "one")
    sent = fake.send("+17805550101", "two")
    found = fake.find_sent("+17805550101", "two", since=None)
    assert found is not None and found.provider_sid == sent.provider_sid


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
    settings = load(
        {
            "TEXTSUPPORT_ENV": "test",
            "SMS_BACKEND": backend,
            "TWILIO_ACCOUNT_SID": "AC" + "0" * 32,
            "TWILIO_AUTH_TOKEN": "token",
            "TWILIO_FROM_NUMBER": "+17805550199",
            "TWILIO_MESSAGING_SERVICE_SID": None,
            "TWILIO_API_BASE": "http://127.0.0.1:9/",
        }
    )
    assert isinstance(make_gateway(settings), kind)
