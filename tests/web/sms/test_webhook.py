"""POST /twilio/sms: signed, stored once, keywords, crisis resources, routing, acknowledgements."""

import threading
from datetime import datetime, timedelta

import pytest
from freezegun import freeze_time
from sqlalchemy import select

from tests.support.sending import tick
from tests.support.signing import PUBLIC, TOKEN, signed_post
from tests.support.sms_webhook import NIGHT, ONCALL, count, items, reply, trail
from textsupport.models import (
    AuditEntry,
    InboundMessage,
    Level,
    OutboundKind,
    OutboundMessage,
    Pool,
    QueueEvent,
    RefusalCount,
)


def test_forged_and_unsigned_requests_get_403_and_store_nothing(client, session, person):
    form = {"MessageSid": "SM1", "From": "+17805550142", "Body": "hi"}
    assert client.post("/twilio/sms", data=form).status_code == 403
    assert signed_post(client, "/twilio/sms", form, token="not-the-token").status_code == 403
    assert count(session, InboundMessage) == 0
    counted = session.scalars(select(RefusalCount)).all()  # one row for the minute, counting both
    assert [(row.kind, row.last_path, row.count) for row in counted] == [
        ("webhook_signature", "/twilio/sms", 2)
    ]
    assert count(session, AuditEntry) == 0  # a flood of forgeries cannot fill the audit log


def test_signatures_are_checked_against_the_public_url_not_the_proxy_side_one(client, session, person):
    from twilio.request_validator import RequestValidator

    form = {"MessageSid": "SM1", "From": "+17805550142", "Body": "hi"}
    internal = RequestValidator(TOKEN).compute_signature("http://localhost/twilio/sms", form)
    assert client.post("/twilio/sms", data=form, headers={"X-Twilio-Signature": internal}).status_code == 403
    public = RequestValidator(TOKEN).compute_signature(PUBLIC + "/twilio/sms", form)
    assert client.post("/twilio/sms", data=form, headers={"X-Twilio-Signature": public}).status_code == 200


def test_a_repeated_message_sid_is_stored_once_and_answered_once(client, session, person):
    first = reply(client, "thanks for the text today", sid="SMdup")
    second = reply(client, "thanks for the text today", sid="SMdup")
    assert first.status_code == second.status_code == 200
    assert "<Message>" in first.get_data(as_text=True)
    assert second.get_data(as_text=True).strip().endswith("<Response />")
    assert count(session, InboundMessage) == 1
    assert len(items(session)) == 1
    assert count(session, OutboundMessage, OutboundMessage.kind == OutboundKind.AUTO_REPLY) == 1


def test_a_duplicate_delivered_concurrently_makes_one_row_one_item_one_reply(app, session, person):
    barrier = threading.Barrier(4)
    answers = []

    def deliver():
        client = app.test_client()
        barrier.wait()
        answers.append(reply(client, "i want to end my life tonight", sid="SMrace"))

    threads = [threading.Thread(target=deliver) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert [a.status_code for a in answers] == [200] * 4
    assert sum("<Message>" in a.get_data(as_text=True) for a in answers) == 1
    assert count(session, InboundMessage) == 1
    assert len(items(session)) == 1
    assert count(session, OutboundMessage, OutboundMessage.kind == OutboundKind.AUTO_REPLY) == 1
    assert count(session, OutboundMessage, OutboundMessage.kind == OutboundKind.NOTIFICATION) == 1


@pytest.mark.parametrize(
    "body",
    [
        "🙂💊🙂",
        "אני בסדר תודה",
        "مرحبا",
        "x" * 1600,
        "",
        "   ",
        "line one\nline two",
        "<script>alert(1)</script>",
    ],
)
def test_bodies_are_stored_verbatim_and_never_cause_a_500(client, session, person, body):
    assert reply(client, body).status_code == 200
    session.rollback()
    assert session.scalar(select(InboundMessage.body)) == body


def test_repeated_form_keys_do_not_break_anything(client, session, person):
    from twilio.request_validator import RequestValidator
    from werkzeug.datastructures import MultiDict

    form = MultiDict([("MessageSid", "SMmulti"), ("From", "+17805550142"), ("Body", "a"), ("Body", "b")])
    signature = RequestValidator(TOKEN).compute_signature(PUBLIC + "/twilio/sms", form)
    response = client.post("/twilio/sms", data=form, headers={"X-Twilio-Signature": signature})
    assert response.status_code == 200
    assert count(session, InboundMessage) == 1


@freeze_time(NIGHT)
def test_a_crisis_at_3am_gets_resources_at_once_a_supervisor_item_and_an_on_call_link(
    client, session, person
):
    page = reply(client, "i took all my pills tonight").get_data(as_text=True)
    for number in ("9-8-8", "911", "1-877-303-2642", "780-482-4357"):
        assert number in page
    (item,) = items(session)
    assert (item.level, item.pool, item.assignee_id) == (Level.CRISIS, Pool.SUPERVISOR, None)
    assert item.due_at - item.created_at == timedelta(minutes=15)
    alert = session.scalar(select(OutboundMessage).where(OutboundMessage.kind == OutboundKind.NOTIFICATION))
    assert alert.to_phone == ONCALL and alert.urgent
    assert f"/queue/items/{item.id}" in alert.body and "pills" not in alert.body


def test_the_on_call_alert_goes_out_in_quiet_hours(app, client, session, person):
    with freeze_time(NIGHT):
        reply(client, "i want to kill myself")
    tick(app, datetime.fromisoformat(NIGHT), plan=False)  # the dispatcher at 03:00 local
    assert [to for to, _ in app.extensions["textsupport.sms"].sent] == [ONCALL]


def test_at_most_one_crisis_reply_per_hour_but_every_crisis_is_queued(client, session, person):
    with freeze_time(NIGHT) as frozen:
        assert "9-8-8" in reply(client, "i want to die").get_data(as_text=True)
        frozen.tick(timedelta(minutes=20))
        assert "<Message>" not in reply(client, "kms").get_data(as_text=True)
        frozen.tick(timedelta(minutes=45))
        assert "9-8-8" in reply(client, "i want to die").get_data(as_text=True)
    assert [i.level for i in items(session)] == [Level.CRISIS] * 3


def test_the_first_reply_of_a_local_day_gets_one_acknowledgement(client, session, person):
    with freeze_time("2026-11-24T17:00:00Z"):
        assert "<Message>" in reply(client, "thanks, nice one").get_data(as_text=True)
        assert "<Message>" not in reply(client, "also the walk helped").get_data(as_text=True)
    with freeze_time("2026-11-25T17:00:00Z"):
        assert "<Message>" in reply(client, "morning!").get_data(as_text=True)


def test_a_signed_request_without_a_message_sid_is_a_400_not_a_500(client, session, person):
    assert signed_post(client, "/twilio/sms", {"From": "+17805550142", "Body": "hi"}).status_code == 400
    assert count(session, InboundMessage) == 0


def test_a_routine_reply_is_audited_received_classified_queued_and_auto_replied(client, session, person):
    with freeze_time("2026-11-24T17:00:00Z"):
        reply(client, "thanks, had a good walk today", sid="SMtrail1")
    (item,) = items(session)
    steps = trail(session, "SMtrail1")
    assert [s["action"] for s in steps] == [
        "inbound_received",
        "inbound_classified",
        "inbound_queued",
        "auto_replied",
    ]
    assert (steps[1]["level"], steps[1]["reasons"]) == ("routine", item.reasons)
    assert (steps[2]["target"], steps[2]["pool"], steps[2]["level"]) == (
        f"queue_item:{item.id}",
        "staff",
        "routine",
    )
    assert steps[3]["reason"] == "ack"
    assert all(s["outcome"] == "ok" for s in steps)


@freeze_time(NIGHT)
def test_a_crisis_is_audited_with_its_level_reasons_item_notification_and_reply(client, session, person):
    reply(client, "i took all my pills tonight", sid="SMtrail2")
    (item,) = items(session)
    steps = trail(session, "SMtrail2")
    assert [s["action"] for s in steps] == [
        "inbound_received",
        "inbound_classified",
        "inbound_queued",
        "oncall_notified",
        "auto_replied",
    ]
    assert steps[1]["level"] == "crisis" and steps[1]["reasons"] == item.reasons and item.reasons
    assert (steps[2]["target"], steps[2]["pool"]) == (f"queue_item:{item.id}", "supervisor")
    assert (steps[3]["target"], steps[3]["recipients"]) == (f"queue_item:{item.id}", 1)
    assert steps[4]["reason"] == "crisis"
    assert "pills" not in str(steps)  # never the message text


def test_a_later_reply_of_the_day_is_stored_queued_and_audited_once_with_its_item(client, session, person):
    # No answer to record: on PostgreSQL the reply, its item, the item's event and the trail go out as
    # one statement, the trail naming the item made in it; the repeat inserts none of them.
    with freeze_time("2026-11-24T17:00:00Z"):
        reply(client, "thanks, nice one", sid="SMday1")  # the first reply today: acknowledged
        answers = [reply(client, "also the walk helped", sid="SMday2") for _ in range(2)]
    assert all(a.get_data(as_text=True).strip().endswith("<Response />") for a in answers)
    first, later = items(session)
    stored = session.scalar(select(InboundMessage.id).where(InboundMessage.provider_sid == "SMday2"))
    assert (later.inbound_id, later.level, later.pool) == (stored, Level.ROUTINE, Pool.STAFF)
    steps = trail(session, "SMday2")  # exactly one entry
    assert [s["action"] for s in steps] == ["inbound_received", "inbound_classified", "inbound_queued"]
    assert (steps[2]["target"], steps[2]["pool"]) == (f"queue_item:{later.id}", "staff")
    events = session.execute(select(QueueEvent.item_id, QueueEvent.action, QueueEvent.data)).all()
    assert sorted(events) == sorted(
        [(item.id, "opened", {"pool": "staff", "reasons": item.reasons}) for item in (first, later)]
    )
    assert count(session, InboundMessage) == 2


def test_a_repeated_delivery_adds_no_second_audit_trail(client, session, person):
    reply(client, "thanks", sid="SMtrail4")
    reply(client, "thanks", sid="SMtrail4")
    assert len(trail(session, "SMtrail4")) == 4
