"""Our requests and the fake's answers follow Twilio's own OpenAPI description.

tests/support/fakes/twilio_messages_oai.json is the Messages resource cut from twilio/twilio-oai's
twilio_api_v2010.json (MIT, see tests/support/fakes/TWILIO_OAI_LICENSE).
"""

import json
from pathlib import Path

import pytest

from tests.support.fakes.twilio_api import FakeTwilioServer
from textsupport.sms import TwilioGateway

SPEC = json.loads((Path(__file__).parents[1] / "support" / "fakes" / "twilio_messages_oai.json").read_text())
MESSAGES = SPEC["paths"]["/2010-04-01/Accounts/{AccountSid}/Messages.json"]
CREATE_FORM = MESSAGES["post"]["requestBody"]["content"]["application/x-www-form-urlencoded"]["schema"]
MESSAGE = SPEC["components"]["schemas"]["api.v2010.account.message"]
LIST = MESSAGES["get"]["responses"]["200"]["content"]["application/json"]["schema"]
ACCOUNT, TOKEN = "AC" + "3" * 32, "token"
TYPES = {
    "string": str,
    "integer": int,
    "object": dict,
    "array": list,
    "boolean": bool,
    "number": (int, float),
}


def conforms(value: dict, schema: dict) -> list[str]:
    """Problems with `value` against an object schema: unknown keys and wrong types."""
    problems = [f"unknown property {key}" for key in value if key not in schema["properties"]]
    for key, prop in schema["properties"].items():
        if key in value and value[key] is not None and "type" in prop:
            if not isinstance(value[key], TYPES[prop["type"]]):
                problems.append(f"{key}: {type(value[key]).__name__} is not {prop['type']}")
        elif key in value and value[key] is None and not prop.get("nullable"):
            problems.append(f"{key} may not be null")
    return problems


@pytest.fixture
def exchange():
    server = FakeTwilioServer(ACCOUNT, TOKEN)
    with server as fake:
        gateway = TwilioGateway(ACCOUNT, TOKEN, {"from_": "+17805550199"}, server.base_url)
        gateway.send("+17805550100", "One small step.", "https://sms.example.org/twilio/status")
        yield fake, fake.list_messages({"To": "+17805550100"}, "/list")


def test_our_create_request_uses_only_documented_parameters(exchange):
    fake, _ = exchange
    (form,) = fake.requests
    assert set(CREATE_FORM["required"]) <= set(form)
    assert set(form) <= set(CREATE_FORM["properties"])


def test_the_fakes_message_matches_the_message_schema(exchange):
    fake, _ = exchange
    assert conforms(fake.created[0], MESSAGE) == []
    assert fake.created[0]["status"] in SPEC["components"]["schemas"]["message_enum_status"]["enum"]


def test_the_fakes_list_matches_the_list_schema(exchange):
    _, listing = exchange
    assert conforms(listing, LIST) == []
    assert all(conforms(message, MESSAGE) == [] for message in listing["messages"])


def test_the_checker_can_fail():
    assert conforms({"sid": 5, "surprise": True}, MESSAGE) == [
        "unknown property surprise",
        "sid: int is not string",
    ]


def test_the_fakes_list_pages_as_twilio_does_and_the_sdk_follows_it():
    """DateSent> filters, PageSize pages, next_page_uri carries a PageToken; every page fits the schema."""
    from datetime import UTC, datetime, timedelta

    server = FakeTwilioServer(ACCOUNT, TOKEN)
    with server as fake:
        old = datetime.now(UTC) - timedelta(days=2)
        fake.receive("+17805550100", "+17805550199", "too old", old)
        sids = [fake.receive("+17805550100", "+17805550199", f"reply {n}")["sid"] for n in range(7)]
        fake.receive("+17805550100", "+17805550111", "to another number of ours")
        first = fake.list_messages({"To": "+17805550199", "PageSize": "3"}, "/2010-04-01/x/Messages.json")
        assert conforms(first, LIST) == [] and len(first["messages"]) == 3
        assert "PageToken=PA" in first["next_page_uri"] and "PageSize=3" in first["next_page_uri"]
        gateway = TwilioGateway(ACCOUNT, TOKEN, {"from_": "+17805550199"}, server.base_url)
        client = gateway._client()
        listed = list(
            client.messages.stream(to="+17805550199", date_sent_after=old + timedelta(days=1), page_size=3)
        )
        assert sorted(m.sid for m in listed) == sorted(sids)  # three pages, none twice, the old one left out
        received = list(gateway.received("+17805550199", old + timedelta(days=1)))
        assert {r.sid for r in received} == set(sids) and {r.from_phone for r in received} == {"+17805550100"}
