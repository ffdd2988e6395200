"""POST /twilio/status while the database is down: spooled (200), then applied once, never backwards."""

import logging
import stat
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from freezegun import freeze_time
from sqlalchemy import select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from scheduler import jobs
from tests.support.builders import make_active, make_outbound
from tests.support.databases import make_settings
from tests.support.outage import Outage
from tests.support.signing import SETTINGS, signed_post
from tests.web.sms.test_failures import UNREACHABLE
from textsupport import create_app, spool
from textsupport.models import DeliveryEvent, OutboundMessage, OutboundStatus, Participant

SENT_AT = datetime(2026, 3, 9, 16, 0, tzinfo=UTC)
DOWN_AT = datetime(2026, 3, 9, 16, 5, tzinfo=UTC)  # when the webhook got the callbacks it spooled
IDLE = {"replayed": 0, "waiting": 0, "statuses_replayed": 0, "statuses_waiting": 0}


@pytest.fixture
def world(database_url, tmp_path):
    """An app on a database that can go down, with three sent texts (SMa, SMb, SMc) to one person."""
    outage = Outage(database_url, tmp_path)
    inbound = tmp_path / "spool" / "inbound.jsonl"
    app = create_app(make_settings(outage.url, INBOUND_SPOOL=str(inbound), **SETTINGS))
    with app.extensions["textsupport.db"].sessionmaker() as session:
        person = make_active(session, "TEXT", date(2026, 3, 1))
        for day, sid in ((9, "SMa"), (10, "SMb"), (11, "SMc")):
            make_outbound(
                session, person, provider_sid=sid, status=OutboundStatus.SENT,
                sent_at=SENT_AT.replace(day=day), local_date=date(2026, 3, day),
            )  # fmt: skip
        phone = person.phone
    yield app, outage, spool.status_path(inbound), phone
    app.extensions["textsupport.db"].dispose()
    outage.close()


def callback(sid, status, phone, code=None):
    form = {
        "MessageSid": sid,
        "MessageStatus": status,
        "AccountSid": "AC" + "0" * 32,
        "To": phone,
        "Body": "s3cret words",
    }  # fmt: skip  (a field Twilio may add: it must never reach a log)
    if code:
        form["ErrorCode"] = str(code)
    return form


def replay(app) -> dict:
    return jobs.run_job(app, next(spec for spec in jobs.JOBS if spec.name == "replay_spool"))


def texts(app) -> dict:
    with app.extensions["textsupport.db"].sessionmaker() as session:
        rows = session.scalars(select(OutboundMessage).where(OutboundMessage.provider_sid.is_not(None)))
        return {row.provider_sid: (row.status, row.error_code) for row in rows}


def events(app) -> list[tuple]:
    """(sid, status, received_at, spooled: received while the database was down) of every event."""
    with app.extensions["textsupport.db"].sessionmaker() as session:
        found = session.scalars(select(DeliveryEvent).order_by(DeliveryEvent.id))
        return [(e.provider_sid, e.status, e.received_at, e.received_at == DOWN_AT) for e in found]


def opted_out(app, phone) -> bool:
    with app.extensions["textsupport.db"].sessionmaker() as session:
        return (
            session.scalar(select(Participant.sms_opted_out_at).where(Participant.phone == phone)) is not None
        )


def post_while_down(app, outage, phone, caplog) -> list[int]:
    """Four callbacks during an outage: an early 'sent', an opt-out failure, an ordinary one, an orphan."""
    client = app.test_client()
    forms = [
        callback("SMa", "sent", phone),
        callback("SMb", "failed", phone, 21610),
        callback("SMc", "delivered", phone),
        callback("SMnobody", "delivered", phone),
    ]
    with outage.down(app), freeze_time(DOWN_AT), caplog.at_level(logging.DEBUG):
        codes = [signed_post(client, "/twilio/status", form).status_code for form in forms]
    assert "s3cret" not in caplog.text and phone not in caplog.text  # MessageSids only
    assert "SMb" in caplog.text and "spooled" in caplog.text
    return codes


def test_callbacks_during_an_outage_are_spooled_answered_200_and_applied_once_never_backwards(world, caplog):
    app, outage, path, phone = world
    assert post_while_down(app, outage, phone, caplog) == [200, 200, 200, 200]
    assert [e.sid for e in spool.read(path)] == ["SMa", "SMb", "SMc", "SMnobody"]
    assert len({e.key for e in spool.read(path)}) == 4  # one key per line, though a text has several
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert events(app) == []

    # Back up: Twilio's later callback for SMa comes live before the replay runs.
    assert (
        signed_post(app.test_client(), "/twilio/status", callback("SMa", "delivered", phone)).status_code
        == 200
    )
    assert replay(app) == {**IDLE, "statuses_replayed": 4}
    assert spool.read(path) == []
    assert texts(app) == {
        "SMa": (OutboundStatus.DELIVERED, None),  # the spooled 'sent' did not move it backwards
        "SMb": (OutboundStatus.FAILED, 21610),
        "SMc": (OutboundStatus.DELIVERED, None),
    }
    assert opted_out(app, phone)  # the same rules as a live callback: 21610 opts the person out
    stored = events(app)
    assert [(sid, status, spooled) for sid, status, _, spooled in stored] == [
        ("SMa", "delivered", False),
        ("SMa", "sent", True),
        ("SMb", "failed", True),
        ("SMc", "delivered", True),
        ("SMnobody", "delivered", True),
    ]
    assert len([at for _, _, at, spooled in stored if spooled]) == 4  # kept when the webhook got them
    assert replay(app) == IDLE
    assert len(events(app)) == 5


def test_a_replay_while_still_down_keeps_every_line(world, caplog):
    app, outage, path, phone = world
    post_while_down(app, outage, phone, caplog)
    with outage.down(app):
        assert replay(app) == {**IDLE, "statuses_waiting": 4}
    assert len(spool.read(path)) == 4
    assert replay(app) == {**IDLE, "statuses_replayed": 4}
    assert len(events(app)) == 4


def test_a_replay_killed_after_storing_and_before_removing_applies_nothing_twice(world, caplog, monkeypatch):
    app, outage, path, phone = world
    post_while_down(app, outage, phone, caplog)
    real_remove = spool.remove
    monkeypatch.setattr(spool, "remove", lambda *_: (_ for _ in ()).throw(KeyboardInterrupt()))
    with pytest.raises(KeyboardInterrupt), app.app_context():  # died between the commits and the rewrite
        jobs.replay_spool()
    monkeypatch.setattr(spool, "remove", real_remove)
    assert len(spool.read(path)) == 4 and len(events(app)) == 4
    assert replay(app) == {**IDLE, "statuses_replayed": 4}  # replayed twice: stored once
    assert len(events(app)) == 4
    assert spool.read(path) == []
    assert texts(app)["SMb"] == (OutboundStatus.FAILED, 21610)


def test_a_callback_whose_commit_raised_but_committed_is_spooled_and_its_replay_stores_nothing(
    world, monkeypatch
):
    app, _outage, path, phone = world
    real_commit = Session.commit

    def commit_then_lose_the_answer(self):  # the commit reached the database; its answer did not
        real_commit(self)
        raise OperationalError("COMMIT", {}, ConnectionError("server closed the connection unexpectedly"))

    with monkeypatch.context() as patch:
        patch.setattr(Session, "commit", commit_then_lose_the_answer)
        response = signed_post(app.test_client(), "/twilio/status", callback("SMb", "failed", phone, 21610))
    assert response.status_code == 200
    assert [entry.sid for entry in spool.read(path)] == ["SMb"]  # the webhook could not know it was kept
    assert [(sid, status) for sid, status, *_ in events(app)] == [("SMb", "failed")]
    assert replay(app) == {**IDLE, "statuses_replayed": 1}
    assert spool.read(path) == []
    assert [(sid, status) for sid, status, *_ in events(app)] == [("SMb", "failed")]  # still once
    assert texts(app)["SMb"] == (OutboundStatus.FAILED, 21610) and opted_out(app, phone)


def test_the_same_callback_posted_twice_is_stored_once_and_another_status_is_not_mistaken_for_it(world):
    app, _outage, _path, phone = world
    client = app.test_client()
    for form in (callback("SMc", "delivered", phone), callback("SMc", "delivered", phone)):
        assert signed_post(client, "/twilio/status", form).status_code == 200
    assert signed_post(client, "/twilio/status", callback("SMc", "read", phone)).status_code == 200
    assert [(sid, status) for sid, status, *_ in events(app)] == [("SMc", "delivered"), ("SMc", "read")]


@pytest.mark.parametrize("backend", sorted(UNREACHABLE))
def test_when_even_the_spool_cannot_be_written_the_callback_gets_a_503(backend):
    app = create_app(make_settings(UNREACHABLE[backend], INBOUND_SPOOL="/dev/null/inbound.jsonl", **SETTINGS))
    response = signed_post(app.test_client(), "/twilio/status", callback("SMa", "delivered", "+17805550142"))
    assert response.status_code == 503
    assert not Path("/dev/null/inbound.status.jsonl").exists()
    app.extensions["textsupport.db"].dispose()
