"""`receive --from PHONE TEXT`: a reply through the webhook's own service, without Twilio."""

import json
from datetime import date

from sqlalchemy import select

from tests.support.builders import make_active
from textsupport.models import Arm, InboundMessage, Level, QueueItem


def test_a_crisis_reply_is_stored_queued_and_answered_with_the_crisis_numbers(app, session):
    participant = make_active(session, Arm.TEXT, date(2026, 11, 20))
    result = app.test_cli_runner().invoke(args=["receive", "--from", participant.phone, "i want to die"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["message_sid"].startswith("SM") and len(report["message_sid"]) == 34
    assert "9-8-8" in report["answer"]
    stored = session.scalar(select(InboundMessage))
    assert stored.participant_id == participant.id and stored.provider_sid == report["message_sid"]
    assert session.scalar(select(QueueItem)).level is Level.CRISIS


def test_each_call_is_a_new_reply(app, session):
    participant = make_active(session, Arm.TEXT, date(2026, 11, 20))
    for _ in range(2):
        result = app.test_cli_runner().invoke(args=["receive", "--from", participant.phone, "thanks"])
        assert result.exit_code == 0, result.output
    assert len(session.scalars(select(InboundMessage)).all()) == 2


def test_a_bad_phone_is_refused_and_nothing_is_stored(app, session):
    result = app.test_cli_runner().invoke(args=["receive", "--from", "not a phone", "hello"])
    assert result.exit_code != 0
    assert "--from" in result.stderr
    assert session.scalar(select(InboundMessage)) is None


def test_the_report_names_the_queue_item_and_its_page_or_none(app, session):
    participant = make_active(session, Arm.TEXT, date(2026, 11, 20))
    result = app.test_cli_runner().invoke(args=["receive", "--from", participant.phone, "i want to die"])
    item = session.scalar(select(QueueItem))
    assert json.loads(result.stdout)["queue_item"] == {
        "id": item.id,
        "level": "crisis",
        "page": f"/queue/items/{item.id}",
    }
    result = app.test_cli_runner().invoke(args=["receive", "--from", participant.phone, "STOP"])
    assert json.loads(result.stdout)["queue_item"] is None  # an opt-out opens no item
