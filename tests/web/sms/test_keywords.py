"""Keywords on POST /twilio/sms: STOP and START, HELP and INFO, and an opt-out asked in words."""

from datetime import date

import pytest
from freezegun import freeze_time
from sqlalchemy import select

from tests.support.builders import make_active
from tests.support.databases import make_settings
from tests.support.fakes.twilio_api import FakeTwilioServer
from tests.support.sending import tick
from tests.support.signing import SETTINGS, TOKEN
from tests.support.sms_webhook import items, reply
from tests.support.times import TUESDAY_MORNING as MORNING
from tests.support.times import TUESDAY_SEND as SEND
from tests.support.times import WEDNESDAY_SEND as NEXT_SEND
from textsupport import create_app
from textsupport.models import Arm, Level, OutboundKind, OutboundMessage, OutboundStatus, Participant


def opted_out(session, person) -> bool:
    session.rollback()
    session.expire_all()
    return session.get(Participant, person.id).sms_opted_out_at is not None


@pytest.mark.parametrize(
    "word", ["STOP", "stop", "Stop.", " unsubscribe ", "ARRET", "Arrêt!", "arrête", "ARRÊT", "quit!"]
)
def test_opt_out_keywords_opt_out_at_once_and_cancel_planned_texts(app, client, session, person, word):
    tick(app, MORNING, send=False)  # today's text is planned
    response = reply(client, word)
    assert "<Message>" not in response.get_data(as_text=True)  # Twilio confirms; we add nothing
    assert opted_out(session, person)
    statuses = set(
        session.scalars(select(OutboundMessage.status).where(OutboundMessage.participant_id == person.id))
    )
    assert statuses == {OutboundStatus.CANCELLED}
    tick(app, SEND)
    assert app.extensions["textsupport.sms"].sent == []  # the provider never saw a create


def test_stop_with_a_planned_text_makes_zero_creates_at_the_fake_twilio(database_url, session, person):
    """Over real HTTP: the Twilio gateway against the local fake, which counts every create it sees."""
    other = make_active(session, Arm.TEXT, date(2026, 11, 1), phone="+17805550143", first_name="Al")
    account = "AC" + "1" * 32
    server = FakeTwilioServer(account, TOKEN)
    with server as fake:
        app = create_app(
            make_settings(
                database_url,
                SMS_BACKEND="twilio",
                TWILIO_ACCOUNT_SID=account,
                TWILIO_FROM_NUMBER="+17805550199",
                TWILIO_API_BASE=server.base_url,
                TWILIO_MPS="1000",
                **SETTINGS,
            )
        )
        tick(app, MORNING, send=False)
        reply(app.test_client(), "STOP")
        tick(app, SEND)
        app.extensions["textsupport.db"].dispose()
    assert [form["To"] for form in fake.requests] == [other.phone]  # the one who did not say STOP


def test_start_resubscribes_without_back_filling(app, client, session, person):
    tick(app, MORNING, send=False)
    with freeze_time(MORNING):
        reply(client, "STOP")
        reply(client, "start")
    assert not opted_out(session, person)
    tick(app, SEND)  # today's text was cancelled by the STOP and is not planned again
    tick(app, NEXT_SEND)
    session.rollback()  # the dispatcher wrote on other connections
    daily = session.scalars(
        select(OutboundMessage).where(
            OutboundMessage.participant_id == person.id, OutboundMessage.kind == OutboundKind.DAILY
        )
    ).all()
    assert sorted((text.local_date.isoformat(), text.status) for text in daily) == [
        ("2026-11-24", OutboundStatus.CANCELLED),
        ("2026-11-25", OutboundStatus.SENT),
    ]
    assert len(app.extensions["textsupport.sms"].sent) == 1


def test_bare_help_gets_the_help_text_and_an_urgent_item(client, session, person):
    page = reply(client, "HELP").get_data(as_text=True)
    assert "9-8-8" in page and "STOP" in page
    assert [(i.kind, i.level) for i in items(session)] == [("help", Level.URGENT)]


def test_info_gets_the_help_text_without_an_item(client, session, person):
    assert "9-8-8" in reply(client, "info").get_data(as_text=True)
    assert items(session) == []


@pytest.mark.parametrize("body", ["please stop texting me", "I don't want these messages anymore"])
def test_a_natural_language_opt_out_is_explained_and_tasked_never_unsubscribed(client, session, person, body):
    page = reply(client, body).get_data(as_text=True)
    assert "STOP" in page
    assert [(i.kind, i.level, i.reasons) for i in items(session)] == [
        ("opt_out_request", Level.ROUTINE, ["asked in words to stop texts"])
    ]  # one staff task, not a second item for the same reply
    assert not opted_out(session, person)
