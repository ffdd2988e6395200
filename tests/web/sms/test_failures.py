"""POST /twilio/sms when something breaks: fail toward a human, keep the reply, never lose a crisis."""

import logging

import pytest
from freezegun import freeze_time
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from tests.support.databases import make_settings
from tests.support.signing import SETTINGS
from tests.support.sms_webhook import NIGHT, ONCALL, count, items, reply, trail
from textsupport import create_app
from textsupport.models import InboundMessage, Level, OutboundKind, OutboundMessage, Pool

CRISIS_NUMBERS = ("9-8-8", "911", "1-877-303-2642", "780-482-4357")


def broken(*_args, **_kwargs):
    raise RuntimeError("template missing")


def test_a_broken_classifier_queues_the_reply_as_urgent(client, session, person, monkeypatch):
    from textsupport import triage

    monkeypatch.setattr(triage, "classify", broken)
    assert reply(client, "hello").status_code == 200
    (item,) = items(session)
    assert (item.level, item.reasons) == (Level.URGENT, ["classifier error"])


def test_a_failure_after_storing_keeps_the_reply_and_queues_it_for_a_human(
    client, session, person, monkeypatch
):
    from textsupport.services.replies import responses as replies

    monkeypatch.setattr(replies, "respond", broken)
    assert reply(client, "thanks for today").status_code == 200
    assert count(session, InboundMessage) == 1
    (item,) = items(session)
    assert (item.level, item.reasons) == (Level.URGENT, ["processing error: please read this reply"])


def test_a_failed_handling_is_audited_and_its_urgent_item_too(client, session, person, monkeypatch):
    from textsupport.services.replies import responses as replies

    monkeypatch.setattr(replies, "respond", broken)
    reply(client, "thanks for today", sid="SMtrail3")
    (item,) = items(session)
    steps = trail(session, "SMtrail3")
    assert [s["action"] for s in steps] == [
        "inbound_received",
        "inbound_classified",
        "handling_failed",
        "inbound_queued",
    ]
    assert steps[2]["outcome"] == "failed"
    assert (steps[3]["target"], steps[3]["level"]) == (f"queue_item:{item.id}", "urgent")


@freeze_time(NIGHT)
def test_a_crisis_whose_handling_fails_stays_a_crisis_with_resources_and_an_on_call_alert(
    client, session, person, monkeypatch
):
    from textsupport.services.replies import responses as replies

    monkeypatch.setattr(replies, "respond", broken)
    page = reply(client, "i took all my pills tonight", sid="SMfail1").get_data(as_text=True)
    assert all(number in page for number in CRISIS_NUMBERS)
    (item,) = items(session)
    assert (item.level, item.pool) == (Level.CRISIS, Pool.SUPERVISOR)
    assert item.reasons[0] == "processing error: please read this reply" and len(item.reasons) > 1
    alert = session.scalar(select(OutboundMessage).where(OutboundMessage.kind == OutboundKind.NOTIFICATION))
    assert alert.to_phone == ONCALL and f"/queue/items/{item.id}" in alert.body
    assert [s["action"] for s in trail(session, "SMfail1")][2:] == [
        "handling_failed",
        "inbound_queued",
        "oncall_notified",
        "auto_replied",
    ]


@freeze_time(NIGHT)
def test_when_the_on_call_alert_fails_too_the_crisis_item_and_resources_still_stand(
    client, session, person, monkeypatch
):
    from textsupport.services.replies import notify

    monkeypatch.setattr(notify, "on_call", broken)  # fails in the handling and again in the fallback
    page = reply(client, "i want to kill myself", sid="SMfail2").get_data(as_text=True)
    assert all(number in page for number in CRISIS_NUMBERS)
    assert [(i.level, i.pool) for i in items(session)] == [(Level.CRISIS, Pool.SUPERVISOR)]
    steps = [(s["action"], s["outcome"]) for s in trail(session, "SMfail2")]
    assert ("oncall_failed", "failed") in steps and ("auto_replied", "ok") in steps


def test_a_nul_byte_in_a_body_is_kept_as_a_replacement_character_on_every_backend(client, session, person):
    page = reply(client, "i want to die \x00", sid="SMnul").get_data(as_text=True)
    assert "9-8-8" in page
    stored = session.scalar(select(InboundMessage).where(InboundMessage.provider_sid == "SMnul"))
    assert (stored.body, stored.extra) == ("i want to die \ufffd", {"nul_replaced": True})
    assert [i.level for i in items(session)] == [Level.CRISIS]


def test_a_failed_statement_never_puts_the_message_text_in_its_error(session):
    with pytest.raises(DBAPIError) as failure:
        session.execute(
            text("SELECT no_such_column FROM inbound_messages WHERE body = :body"), {"body": "s3cret"}
        )
    assert "s3cret" not in str(failure.value)


UNREACHABLE = {
    "sqlite": "sqlite:////nonexistent-directory/textsupport.db",
    "postgresql": "postgresql+psycopg://postgres@127.0.0.1:9/test",  # the discard port: refused at once
}


@pytest.mark.parametrize("backend", sorted(UNREACHABLE))
def test_with_the_database_down_each_reply_is_logged_by_message_sid_never_its_text(backend, caplog, tmp_path):
    spooled = str(tmp_path / "inbound.jsonl")
    app = create_app(make_settings(UNREACHABLE[backend], INBOUND_SPOOL=spooled, **SETTINGS))
    client = app.test_client()
    with caplog.at_level(logging.DEBUG):
        crisis = reply(client, "s3cret i want to end my life", sid="SMdown1")
        routine = reply(client, "s3cret thanks for the text", sid="SMdown2")
    assert crisis.status_code == routine.status_code == 200  # spooled (tests/web/sms/test_spool.py)
    assert all(number in crisis.get_data(as_text=True) for number in CRISIS_NUMBERS)
    assert "SMdown1" in caplog.text and "SMdown2" in caplog.text  # ops can follow them by MessageSid
    assert "s3cret" not in caplog.text  # never the message text
    app.extensions["textsupport.db"].dispose()
