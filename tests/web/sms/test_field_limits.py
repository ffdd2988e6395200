"""Webhook fields held to Twilio's own limits; a field we do not need never stops a reply being stored."""

import pytest
from sqlalchemy import select

from tests.support.signing import signed_post
from tests.support.sms_webhook import PHONE, items, reply
from textsupport.models import InboundMessage, Level
from textsupport.services.replies.inbound import MAX_BODY_CHARS


def stored(session) -> list[InboundMessage]:
    session.rollback()
    session.expire_all()
    return list(session.scalars(select(InboundMessage).order_by(InboundMessage.id)))


@pytest.mark.parametrize("num_media", ["99999999999999999999", "²", "-1", "1.5", "lots", "", "11"])
def test_an_odd_num_media_never_stops_the_reply_from_being_stored(client, session, person, num_media):
    form = {"MessageSid": "SModd", "From": PHONE, "Body": "rough day", "NumMedia": num_media}
    assert signed_post(client, "/twilio/sms", form).status_code == 200
    (row,) = stored(session)
    assert (row.body, row.num_media) == ("rough day", 0)
    assert len(items(session)) == 1


def test_a_usual_num_media_is_kept(client, session, person):
    form = {"MessageSid": "SMpic", "From": PHONE, "Body": "look", "NumMedia": "2"}
    assert signed_post(client, "/twilio/sms", form).status_code == 200
    assert stored(session)[0].num_media == 2


def test_a_body_over_1600_characters_keeps_the_rest_in_a_flagged_note(client, session, person):
    body = "a long day. " * 200 + "i want to end my life"  # the crisis words come after character 1,600
    assert len(body) > MAX_BODY_CHARS
    assert reply(client, body).status_code == 200
    (row,) = stored(session)
    assert row.body == body[:MAX_BODY_CHARS]
    assert row.extra["body_rest"] == body[MAX_BODY_CHARS:] and row.extra["body_chars"] == len(body)
    assert row.body + row.extra["body_rest"] == body  # nothing dropped
    assert any("the first 1,600 are shown, the rest is kept" in reason for reason in row.reasons)
    assert row.level is Level.CRISIS  # triage read the whole text
    assert [item.level for item in items(session)] == [Level.CRISIS]


def test_a_body_of_exactly_1600_characters_is_not_flagged(client, session, person):
    assert reply(client, "x" * MAX_BODY_CHARS).status_code == 200
    (row,) = stored(session)
    assert len(row.body) == MAX_BODY_CHARS and "body_rest" not in row.extra
