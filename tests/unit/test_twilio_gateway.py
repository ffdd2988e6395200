"""The Twilio adapter speaks real HTTP to TWILIO_API_BASE (a local fake), never to Twilio."""

import pytest
from twilio.base.exceptions import TwilioRestException

from tests.fakes.twilio_api import FakeTwilioServer
from textsupport.sms import TwilioGateway

ACCOUNT = "AC" + "1" * 32
TOKEN = "test-auth-token"


@pytest.fixture
def twilio():
    server = FakeTwilioServer(ACCOUNT, TOKEN)
    with server as fake:
        yield server, fake


def test_send_posts_to_the_configured_base_with_credentials(twilio):
    server, fake = twilio
    gateway = TwilioGateway(ACCOUNT, TOKEN, {"from_": "+17805550199"}, server.base_url + "/")
    result = gateway.send("+17805550100", "Small steps still count.")
    assert fake.requests == [
        {"To": "+17805550100", "From": "+17805550199", "Body": "Small steps still count."}
    ]
    assert result.provider_sid.startswith("SM") and len(result.provider_sid) == 34
    assert result.status == "queued"


def test_messaging_service_sender_is_used_when_configured(twilio):
    server, fake = twilio
    gateway = TwilioGateway(ACCOUNT, TOKEN, {"messaging_service_sid": "MG" + "2" * 32}, server.base_url)
    gateway.send("+17805550100", "Hello")
    assert fake.requests[0]["MessagingServiceSid"] == "MG" + "2" * 32


def test_wrong_credentials_raise(twilio):
    server, fake = twilio
    gateway = TwilioGateway(ACCOUNT, "wrong-token", {"from_": "+17805550199"}, server.base_url)
    with pytest.raises(TwilioRestException) as raised:
        gateway.send("+17805550100", "Hello")
    assert raised.value.status == 401
    assert fake.requests == []
