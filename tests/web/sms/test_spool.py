"""The database is down: replies are spooled (200), then stored exactly once when it is back, marked late."""

import logging
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest
from freezegun import freeze_time
from sqlalchemy import select

from scheduler import jobs
from tests.support.databases import make_settings
from tests.support.signing import SETTINGS
from tests.support.sms_webhook import NIGHT, count, items, reply
from tests.web.sms.test_failures import CRISIS_NUMBERS, UNREACHABLE
from textsupport import create_app, spool
from textsupport.models import (
    Arrival,
    InboundMessage,
    Level,
    OutboundKind,
    OutboundMessage,
    OutboundStatus,
    Participant,
    Pool,
)

RECEIVED = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)  # NIGHT: when the webhook got the replies


@pytest.fixture
def down(settings):
    """The same app on this backend, with its database unreachable, sharing the test's spool."""
    backend = "sqlite" if settings.database_url.startswith("sqlite") else "postgresql"
    app = create_app(make_settings(UNREACHABLE[backend], INBOUND_SPOOL=settings.inbound_spool, **SETTINGS))
    yield app
    app.extensions["textsupport.db"].dispose()


def replay(app) -> dict:
    return jobs.run_job(app, next(spec for spec in jobs.JOBS if spec.name == "replay_spool"))


@freeze_time(NIGHT)
def post_while_down(down, caplog):
    client = down.test_client()
    with caplog.at_level(logging.DEBUG):
        answers = [
            reply(client, "s3cret thanks for the text", sid="SMlate1"),
            reply(client, "s3cret i want to end my life", sid="SMlate2"),
            reply(client, "STOP", sid="SMlate3"),
        ]
    assert "s3cret" not in caplog.text  # never the message text in a log
    return answers


def test_with_the_database_down_replies_are_spooled_and_answered_200(down, settings, person, caplog):
    routine, crisis, stop = post_while_down(down, caplog)
    assert routine.status_code == crisis.status_code == stop.status_code == 200
    assert "<Message>" not in routine.get_data(as_text=True)
    assert all(number in crisis.get_data(as_text=True) for number in CRISIS_NUMBERS)  # the rules alone
    path = Path(settings.inbound_spool)
    assert [e.sid for e in spool.read(path)] == ["SMlate1", "SMlate2", "SMlate3"]
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert "SMlate1" in caplog.text and "spooled" in caplog.text


def test_the_spool_is_replayed_once_the_database_is_back_triaged_queued_and_marked_late(
    app, down, settings, session, person, caplog
):
    post_while_down(down, caplog)
    assert replay(down) == {
        "replayed": 0,
        "waiting": 3,
        "statuses_replayed": 0,
        "statuses_waiting": 0,
    }  # still down: every line stays
    assert replay(app) == {"replayed": 3, "waiting": 0, "statuses_replayed": 0, "statuses_waiting": 0}
    assert spool.read(settings.inbound_spool) == []
    session.rollback()
    stored = {m.provider_sid: m for m in session.scalars(select(InboundMessage))}
    assert set(stored) == {"SMlate1", "SMlate2", "SMlate3"}
    assert {m.arrival for m in stored.values()} == {Arrival.SPOOL}
    assert {m.received_at for m in stored.values()} == {RECEIVED}  # when it reached us, not when stored
    assert all(m.stored_at > RECEIVED for m in stored.values())
    assert [(i.level, i.pool) for i in items(session)] == [
        (Level.ROUTINE, Pool.STAFF),
        (Level.CRISIS, Pool.SUPERVISOR),
    ]
    answers = session.scalars(select(OutboundMessage).where(OutboundMessage.kind == OutboundKind.AUTO_REPLY))
    # The crisis resources went out in the webhook's answer; no acknowledgement hours late.
    assert [(a.idempotency_key, a.status) for a in answers] == [
        ("inbound:SMlate2:crisis", OutboundStatus.SENT)
    ]
    assert session.get(Participant, person.id).sms_opted_out_at is not None  # the spooled STOP applies
    assert replay(app) == {"replayed": 0, "waiting": 0, "statuses_replayed": 0, "statuses_waiting": 0}
    assert count(session, InboundMessage) == 3


def test_a_replay_killed_after_storing_and_before_removing_stores_nothing_twice(
    app, down, settings, session, person, caplog, monkeypatch
):
    post_while_down(down, caplog)
    real_remove = spool.remove
    monkeypatch.setattr(spool, "remove", lambda *_: (_ for _ in ()).throw(KeyboardInterrupt()))
    with pytest.raises(KeyboardInterrupt), app.app_context():  # died between the commit and the rewrite
        jobs.replay_spool()
    monkeypatch.setattr(spool, "remove", real_remove)
    assert len(spool.read(settings.inbound_spool)) == 3
    assert replay(app) == {"replayed": 3, "waiting": 0, "statuses_replayed": 0, "statuses_waiting": 0}
    assert count(session, InboundMessage) == 3
    assert len(items(session)) == 2
    assert spool.read(settings.inbound_spool) == []


@pytest.mark.parametrize("backend", sorted(UNREACHABLE))
def test_when_even_the_spool_cannot_be_written_a_crisis_gets_resources_and_anything_else_a_503(backend):
    broken = make_settings(UNREACHABLE[backend], INBOUND_SPOOL="/dev/null/inbound.jsonl", **SETTINGS)
    app = create_app(broken)
    client = app.test_client()
    crisis = reply(client, "i want to end my life", sid="SMdown1")
    routine = reply(client, "thanks for the text", sid="SMdown2")
    assert crisis.status_code == 200
    assert all(number in crisis.get_data(as_text=True) for number in CRISIS_NUMBERS)
    assert routine.status_code == 503
    app.extensions["textsupport.db"].dispose()
