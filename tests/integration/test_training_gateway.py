"""Training participants never reach a real SMS gateway (issue 17, the sandbox).

SMS_BACKEND=twilio points at the local fake Twilio over real HTTP: a real participant's text is
created there, a training participant's goes through the console and the fake records no request
for it, neither a create nor a lookup. A practice crisis pages nobody on call.
"""

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from tests.support.builders import make_active, make_staff, make_training
from tests.support.fakes.twilio_api import FakeTwilioServer
from tests.support.processes import ACCOUNT, TOKEN
from tests.support.queue_builders import make_item
from tests.support.sending import tick
from tests.support.times import SPRING_MONDAY_SEND as SEND
from textsupport import config, content
from textsupport.models import Arm, Level, OutboundKind, OutboundMessage, OutboundStatus, Pool, Role
from textsupport.services.replies import notify


@pytest.fixture
def twilio():
    server = FakeTwilioServer(ACCOUNT, TOKEN)
    with server as fake:
        yield server, fake


@pytest.fixture
def settings_overrides(twilio):
    return twilio[0].client_settings(ONCALL_PHONES="+17805550190")


@pytest.fixture
def fake(twilio):
    return twilio[1]


def staff_reply(session, participant, key: str, **overrides) -> OutboundMessage:
    values = dict(
        participant_id=participant.id, kind=OutboundKind.STAFF_REPLY, idempotency_key=key,
        body="Thanks for writing, I am here.", urgent=True, scheduled_for=SEND, created_at=SEND,
        updated_at=SEND,
    )  # fmt: skip
    row = OutboundMessage(**{**values, **overrides})
    session.add(row)
    session.commit()
    return row


def outbox(session) -> dict[str, OutboundMessage]:
    session.rollback()
    session.expire_all()
    return {row.idempotency_key: row for row in session.scalars(select(OutboundMessage))}


def test_a_training_participant_is_texted_through_the_console_never_twilio(app, session, fake, capsys):
    real = make_active(session, Arm.PEER_TEXT, date(2026, 3, 1), phone="+17805550301")
    practice = make_training(session, phone="+17805550351")
    staff_reply(session, real, "real")
    staff_reply(session, practice, "practice")
    # An ambiguous practice send left 'unknown': reconciling it must not list texts at Twilio either.
    staff_reply(
        session, practice, "practice-unknown", status=OutboundStatus.UNKNOWN, to_phone=practice.phone,
        claimed_at=SEND - timedelta(minutes=10), attempts=1,
    )  # fmt: skip

    report = tick(app, SEND, plan=False)["dispatch"]

    rows = outbox(session)
    assert [form["To"] for form in fake.requests] == [real.phone]
    assert fake.lookups == []  # no list request: the practice text was looked up at the console
    assert rows["real"].provider_sid == fake.created[0]["sid"]
    assert rows["practice"].status is OutboundStatus.SENT and rows["practice"].provider_sid.startswith("SM")
    assert rows["practice"].provider_sid not in {m["sid"] for m in fake.created}
    assert rows["practice-unknown"].status is OutboundStatus.SENT  # not found at the console: sent again
    assert report["sent"] == 3
    assert f"--- SMS to {practice.phone} ---" in capsys.readouterr().err


def test_a_real_unknown_text_is_still_looked_up_at_twilio(app, session, fake):
    """The same reconcile for a real participant does ask Twilio: the check above can fail."""
    real = make_active(session, Arm.TEXT, date(2026, 3, 1), phone="+17805550302")
    staff_reply(
        session, real, "real-unknown", status=OutboundStatus.UNKNOWN, to_phone=real.phone,
        claimed_at=SEND - timedelta(minutes=10), attempts=1,
    )  # fmt: skip
    tick(app, SEND, plan=False)
    assert [query.get("To") for query in fake.lookups][:1] == [real.phone]
    assert [form["To"] for form in fake.requests] == [real.phone]


def test_a_practice_crisis_pages_nobody_on_call_a_real_one_does(app, session):
    trainee = make_staff(session, role=Role.PEER_WORKER)
    practice = make_item(session, make_training(session, trainee), level=Level.CRISIS, pool=Pool.SUPERVISOR)
    real = make_item(session, make_active(session, Arm.TEXT, date(2026, 3, 1)), level=Level.CRISIS)
    session.commit()
    settings = config.of(app)
    with app.app_context():
        bank = content.content()
        assert notify.on_call(session, practice.id, settings, bank) == 0
        assert notify.on_call(session, real.id, settings, bank) == 1
    session.commit()
    alerts = session.scalars(select(OutboundMessage).where(OutboundMessage.kind == OutboundKind.NOTIFICATION))
    assert [row.idempotency_key for row in alerts] == [f"item:{real.id}:oncall:+17805550190"]
