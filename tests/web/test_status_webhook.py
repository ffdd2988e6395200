"""POST /twilio/status: signed, every callback stored, status never backwards, dead phones noticed."""

from datetime import date

import pytest
from sqlalchemy import func, select

from tests.support.builders import make_active, make_outbound
from tests.support.signing import SETTINGS, signed_post
from tests.support.times import SPRING_MONDAY_SEND as SENT_AT
from textsupport.models import (
    DeliveryEvent,
    OutboundMessage,
    OutboundStatus,
    Participant,
    QueueItem,
    RefusalCount,
)


@pytest.fixture
def settings_overrides():
    """This module's settings (the one `settings` fixture applies them)."""
    return dict(**SETTINGS)


def sent_text(session, participant, sid, day=9):
    return make_outbound(
        session, participant, provider_sid=sid, status=OutboundStatus.SENT, sent_at=SENT_AT.replace(day=day),
        local_date=date(2026, 3, day),
    )  # fmt: skip


def callback(sid, status, code=None):
    form = {"MessageSid": sid, "MessageStatus": status, "AccountSid": "AC" + "0" * 32}
    if code:
        form["ErrorCode"] = str(code)
    return form


def events(session) -> int:
    return session.scalar(select(func.count()).select_from(DeliveryEvent))


@pytest.mark.parametrize("signature", [None, "bm90IGEgc2lnbmF0dXJl"])
def test_unsigned_or_forged_callbacks_get_403_and_store_nothing(client, session, signature):
    headers = {"X-Twilio-Signature": signature} if signature else {}
    response = client.post("/twilio/status", data=callback("SM1", "delivered"), headers=headers)
    assert response.status_code == 403
    assert events(session) == 0
    row = session.scalar(select(RefusalCount))
    assert (row.kind, row.last_path, row.count) == ("webhook_signature", "/twilio/status", 1)


def test_a_signature_for_another_token_is_refused(client, session):
    assert signed_post(client, "/twilio/status", callback("SM1", "sent"), token="other").status_code == 403


def test_status_moves_forward_only_and_every_callback_is_kept_once(client, session):
    participant = make_active(session, "TEXT", date(2026, 3, 1))
    text = sent_text(session, participant, "SMaaa")
    for status in ("delivered", "sent", "queued", "delivered"):
        assert signed_post(client, "/twilio/status", callback("SMaaa", status)).status_code == 200
    session.refresh(text)
    assert text.status is OutboundStatus.DELIVERED
    # Each distinct callback is kept, out of order too; the last is the first one posted again, field
    # for field (a resend), so it is stored once (delivery.callback_key, migration 0022).
    assert events(session) == 3


def test_an_unknown_sid_is_stored_as_an_orphan(client, session):
    assert signed_post(client, "/twilio/status", callback("SMnobody", "delivered")).status_code == 200
    event = session.scalar(select(DeliveryEvent))
    assert (event.provider_sid, event.outbound_id) == ("SMnobody", None)


def test_three_undelivered_in_a_row_flag_the_phone_unreachable(client, session):
    participant = make_active(session, "TEXT", date(2026, 3, 1))
    for day, sid in ((9, "SMa"), (10, "SMb"), (11, "SMc")):
        sent_text(session, participant, sid, day)
    signed_post(client, "/twilio/status", callback("SMa", "undelivered", 30003))
    signed_post(client, "/twilio/status", callback("SMb", "undelivered", 30003))
    session.refresh(participant)
    assert participant.phone_problem is None  # two is not yet a pattern
    session.rollback()
    signed_post(client, "/twilio/status", callback("SMc", "failed", 30005))
    session.rollback()  # a fresh snapshot: the app wrote on its own connection
    session.expire_all()
    assert session.get(Participant, participant.id).phone_problem == "unreachable"
    task = session.scalar(select(QueueItem))
    assert task.kind == "verify_phone" and "unreachable" in task.reasons[0]


def test_a_delivered_text_in_between_means_the_phone_works(client, session):
    participant = make_active(session, "TEXT", date(2026, 3, 1))
    for day, sid in ((9, "SMa"), (10, "SMb"), (11, "SMc")):
        sent_text(session, participant, sid, day)
    for sid, status in (("SMa", "undelivered"), ("SMb", "delivered"), ("SMc", "undelivered")):
        signed_post(client, "/twilio/status", callback(sid, status, 30003))
    session.rollback()  # a fresh snapshot: the app wrote on its own connection
    session.expire_all()
    assert session.get(Participant, participant.id).phone_problem is None


def test_a_21610_callback_opts_the_participant_out(client, session):
    participant = make_active(session, "TEXT", date(2026, 3, 1))
    sent_text(session, participant, "SMa")
    planned = make_outbound(session, participant, local_date=date(2026, 3, 10))
    signed_post(client, "/twilio/status", callback("SMa", "failed", 21610))
    session.rollback()  # a fresh snapshot: the app wrote on its own connection
    session.expire_all()
    assert session.get(Participant, participant.id).sms_opted_out_at is not None
    assert session.get(OutboundMessage, planned.id).status is OutboundStatus.CANCELLED


@pytest.mark.parametrize(
    ("code", "kept"),
    [("30003", 30003), ("99999999999999999999", None), ("²", None), ("-1", None), ("3000x", None)],
)
def test_an_odd_error_code_is_set_aside_and_the_callback_still_stored(client, session, code, kept):
    participant = make_active(session, "TEXT", date(2026, 3, 1))
    sent_text(session, participant, "SModd")
    form = {**callback("SModd", "undelivered"), "ErrorCode": code}
    assert signed_post(client, "/twilio/status", form).status_code == 200
    session.rollback()
    event = session.scalar(select(DeliveryEvent))
    assert (event.status, event.error_code) == ("undelivered", kept)
