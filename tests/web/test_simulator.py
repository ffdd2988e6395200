"""The phone simulator: who may open it where, texts through the real signed webhook, escaping, next day."""

from datetime import date

import pytest
from markupsafe import escape
from sqlalchemy import func, select

from tests.support.builders import make_active, make_staff
from tests.support.databases import production_settings
from tests.support.signing import SETTINGS
from tests.support.times import MONDAY_NOON, TUESDAY_SEND, WEDNESDAY_SEND
from tests.support.web import csrf_token, login
from textsupport import create_app
from textsupport.models import (
    Arm,
    AuditEntry,
    InboundMessage,
    Level,
    OutboundKind,
    OutboundMessage,
    QueueItem,
    Role,
)
from textsupport.services.sending import dispatch, planner
from textsupport.web import signatures

PHONE = "+17805550142"


@pytest.fixture
def settings_overrides():
    """This module's settings (the one `settings` fixture applies them)."""
    return dict(TEXTSUPPORT_NOW=MONDAY_NOON, ONCALL_PHONES="+17805550999", **SETTINGS)


@pytest.fixture
def robin(session):
    return make_active(session, Arm.PEER_TEXT, date(2026, 11, 1), phone=PHONE, first_name="Robin")


@pytest.fixture
def admin(client, session):
    make_staff(session, email="ada@example.org", role=Role.ADMIN)
    login(client, "ada@example.org")


def phone_page(client, participant):
    return client.get(f"/simulator/?participant={participant.study_id}").get_data(as_text=True)


def text_in(client, participant, body):
    path = f"/simulator/?participant={participant.study_id}"
    return client.post(
        f"/simulator/{participant.study_id}/text",
        data={"body": body, "csrf_token": csrf_token(client, path)},
        follow_redirects=True,
    )


@pytest.mark.parametrize(
    ("role", "status"),
    [
        (Role.ADMIN, 200),
        (Role.SUPERVISOR, 200),
        (Role.TRIAL_STAFF, 200),  # these three already read any participant's texts on their page
        (Role.PEER_WORKER, 404),  # only their own practice set's phones (tests/web/test_practice.py)
        (Role.RATER, 403),
    ],
)
def test_the_roles_that_read_participants_texts_may_open_it(client, session, robin, role, status):
    make_staff(session, email="who@example.org", role=role)
    login(client, "who@example.org")
    assert client.get(f"/simulator/?participant={robin.study_id}").status_code == status
    home = client.get("/").get_data(as_text=True)
    assert ('href="/simulator/"' in home) is (status == 200)


def test_production_has_no_simulator_and_audits_the_attempt(database_url, session, robin):
    app = create_app(production_settings(database_url))
    try:
        client = app.test_client()
        for path in ["/simulator/", f"/simulator/?participant={robin.study_id}"]:
            assert client.get(path).status_code == 404  # (a POST is refused before, by its CSRF check)
    finally:
        app.extensions["textsupport.db"].dispose()
    refused = select(func.count()).where(
        AuditEntry.action == "simulator_refused", AuditEntry.outcome == "denied"
    )
    assert session.scalar(refused) == 2
    assert session.scalar(select(func.count()).select_from(InboundMessage)) == 0


@pytest.mark.parametrize("settings", [{}, {"PUBLIC_BASE_URL": ""}], indirect=True, ids=["public", "host"])
def test_a_crisis_texted_in_is_answered_in_the_thread_and_queued(client, session, robin, admin, settings):
    response = text_in(client, robin, "i want to die")
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    reply = session.scalar(select(InboundMessage).where(InboundMessage.participant_id == robin.id))
    assert reply.body == "i want to die" and reply.from_phone == PHONE and reply.level is Level.CRISIS
    assert reply.provider_sid.startswith("SM") and len(reply.provider_sid) == 34  # as Twilio's look
    answer = session.scalar(
        select(OutboundMessage).where(
            OutboundMessage.participant_id == robin.id, OutboundMessage.kind == OutboundKind.AUTO_REPLY
        )
    )
    assert "Thank you for telling us" in answer.body
    assert str(escape(answer.body)) in page and "i want to die" in page
    item = session.scalar(select(QueueItem).where(QueueItem.participant_id == robin.id))
    assert item.level is Level.CRISIS


def test_each_text_gets_its_own_sid_and_a_bad_signature_is_refused(
    client, session, robin, admin, monkeypatch
):
    text_in(client, robin, "hello")
    text_in(client, robin, "hello")
    assert session.scalar(select(func.count()).select_from(InboundMessage)) == 2
    monkeypatch.setattr(signatures, "signature", lambda *_: "not-a-signature")
    page = text_in(client, robin, "a third").get_data(as_text=True)
    assert "The webhook answered 403." in page  # the real check ran, and refused it
    session.rollback()
    assert session.scalar(select(func.count()).select_from(InboundMessage)) == 2


def test_bodies_are_escaped(client, session, robin, admin):
    page = text_in(client, robin, "<script>alert(1)</script>").get_data(as_text=True)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<script>alert(1)" not in page


def test_an_unknown_participant_is_a_404(client, robin, admin):
    assert client.get("/simulator/?participant=TS-NONE").status_code == 404
    token = csrf_token(client, "/simulator/")
    assert client.post("/simulator/TS-NONE/text", data={"body": "x", "csrf_token": token}).status_code == 404


def test_next_day_sends_each_day_once_and_the_real_rounds_find_it_done(app, client, session, robin, admin):
    token = csrf_token(client, f"/simulator/?participant={robin.study_id}")
    for _ in range(2):
        response = client.post(f"/simulator/{robin.study_id}/next-day", data={"csrf_token": token})
        assert response.status_code == 302
    daily = select(OutboundMessage.scheduled_for, OutboundMessage.status).where(
        OutboundMessage.participant_id == robin.id, OutboundMessage.kind == OutboundKind.DAILY
    )
    rows = session.execute(daily.order_by(OutboundMessage.scheduled_for)).all()
    assert [(at, status.value) for at, status in rows] == [(TUESDAY_SEND, "sent"), (WEDNESDAY_SEND, "sent")]
    with app.app_context():  # the scheduler's own rounds at those instants: nothing new, nothing twice
        from textsupport import config, content, db, sms

        for at in (TUESDAY_SEND, WEDNESDAY_SEND):
            assert planner.plan(db.session(), at, config.current())["by_kind"].get("daily") is None
            sent = dispatch.dispatch(db.database(), at, config.current(), sms.gateway(), content.content())
            assert sent["sent"] == 0
    session.rollback()
    assert len(session.execute(daily).all()) == 2
