"""Heartbeats and the health report: the scheduler beat, the outbox backlog, unanswered crises, the spool."""

import json
import os
from datetime import date, timedelta
from pathlib import Path

import pytest
from freezegun import freeze_time
from sqlalchemy import func, select, update

from tests.support import times
from tests.support.builders import make_outbound, make_participant
from tests.support.health import EMPTY_SPOOL, NO_LINES, NOTHING_SET_ASIDE
from tests.support.queue_builders import make_item
from textsupport import spool
from textsupport.models import (
    EventAction,
    Heartbeat,
    ItemState,
    Level,
    OutboundStatus,
    QueueEvent,
    SendingPause,
)
from textsupport.services.ops import health

NOW = times.MONDAY_NOON
EMPTY = {
    "status": "ok",
    "database": "ok",
    "scheduler": "not started",
    "heartbeat_age_seconds": {"scheduler": None, "dispatcher": None},
    "outbox": {"due": 0, "oldest_due_at": None, "oldest_due_age_seconds": None, "sending": 0, "unknown": 0},
    "crisis": {"unanswered": 0, "overdue": 0, "oldest_unanswered_age_seconds": None},
    "spool": EMPTY_SPOOL,
    "daily_texts_paused": None,
}


def report(session, settings):
    with freeze_time(NOW):
        healthy, found = health.check(session, settings.inbound_spool)
    assert healthy
    return found


def test_beat_upserts_one_row_per_process(session):
    with freeze_time(times.SPRING_FORWARD_SEND):
        health.beat(session)
    with freeze_time(times.SPRING_FORWARD_SEND + timedelta(minutes=1)):
        health.beat(session)
    assert session.scalar(select(func.count()).select_from(Heartbeat)) == 1
    assert session.scalar(select(Heartbeat.beat_at)) == times.SPRING_FORWARD_SEND + timedelta(minutes=1)


def test_an_empty_database_reports_nothing_waiting(session, settings):
    assert report(session, settings) == EMPTY


def test_heartbeat_ages_and_the_scheduler_goes_stale_after_two_beats(session, settings):
    with freeze_time(NOW - timedelta(seconds=59)):
        health.beat(session, health.SCHEDULER)
    with freeze_time(NOW - timedelta(seconds=3)):
        health.beat(session, health.DISPATCHER)
    found = report(session, settings)
    assert found["heartbeat_age_seconds"] == {"scheduler": 59, "dispatcher": 3}
    assert found["scheduler"] == "ok"
    with freeze_time(NOW - timedelta(seconds=2 * health.BEAT_SECONDS)):
        health.beat(session, health.SCHEDULER)
    found = report(session, settings)
    assert found["scheduler"] == "stale" and found["heartbeat_age_seconds"]["scheduler"] == 60


def test_the_outbox_backlog_counts_due_texts_and_gives_the_oldest_due_time(session, settings):
    people = [make_participant(session) for _ in range(6)]
    due = [NOW - timedelta(minutes=5), NOW - timedelta(minutes=1), NOW]
    for person, when in zip(people, due, strict=False):
        make_outbound(session, person, scheduled_for=when)
    make_outbound(session, people[3], scheduled_for=NOW + timedelta(seconds=1))  # not due yet
    make_outbound(session, people[4], scheduled_for=NOW - timedelta(hours=2), status=OutboundStatus.SENDING)
    make_outbound(session, people[4], local_date=date(2026, 11, 25), status=OutboundStatus.UNKNOWN)
    make_outbound(session, people[5], scheduled_for=NOW - timedelta(hours=3), status=OutboundStatus.SENT)
    assert report(session, settings)["outbox"] == {
        "due": 3,
        "oldest_due_at": (NOW - timedelta(minutes=5)).isoformat(),
        "oldest_due_age_seconds": 300,
        "sending": 1,
        "unknown": 1,
    }


def test_the_oldest_unanswered_crisis_and_those_past_their_sla(session, settings):
    person = make_participant(session)
    make_item(session, person, level=Level.CRISIS, at=NOW - timedelta(minutes=20))  # past its 15 min
    make_item(session, person, level=Level.CRISIS, at=NOW - timedelta(minutes=5))
    answered = make_item(session, person, level=Level.CRISIS, at=NOW - timedelta(hours=1))
    session.add(QueueEvent(item_id=answered.id, at=NOW - timedelta(minutes=50), action=EventAction.REPLIED))
    resolved = make_item(session, person, level=Level.CRISIS, at=NOW - timedelta(hours=2))
    resolved.state = ItemState.RESOLVED
    session.commit()
    make_item(session, person, level=Level.URGENT, at=NOW - timedelta(hours=6))  # not a crisis
    assert report(session, settings)["crisis"] == {
        "unanswered": 2,
        "overdue": 1,
        "oldest_unanswered_age_seconds": 20 * 60,
    }


def test_the_spool_reports_its_lines_bytes_and_oldest_reply(session, settings):
    form = {"MessageSid": "SM" + "1" * 32, "From": "+17805550142", "Body": "held while the database was down"}
    spool.append(settings.inbound_spool, form, "sig", NOW - timedelta(minutes=7))
    spool.append(settings.inbound_spool, {**form, "MessageSid": "SM" + "2" * 32}, "sig", NOW)
    size = Path(settings.inbound_spool).stat().st_size
    assert report(session, settings)["spool"] == {
        "lines": 2,
        "bytes": size,
        "oldest_age_seconds": 7 * 60,
        "replies": {"lines": 2, "bytes": size, "oldest_age_seconds": 7 * 60},
        "statuses": NO_LINES,
        "set_aside": NOTHING_SET_ASIDE,
    }


def test_the_spool_counts_status_callbacks_apart_and_in_the_totals(session, settings):
    reply = {"MessageSid": "SM" + "1" * 32, "From": "+17805550142", "Body": "held"}
    spool.append(settings.inbound_spool, reply, "sig", NOW - timedelta(minutes=2))
    statuses = spool.status_path(settings.inbound_spool)
    callback = {"MessageSid": "SM" + "6" * 32, "MessageStatus": "delivered"}
    spool.append(statuses, callback, "sig", NOW - timedelta(minutes=9), key="a")
    spool.append(statuses, {**callback, "MessageStatus": "sent"}, "sig", NOW - timedelta(minutes=3), key="b")
    spool.append(statuses, callback, "sig", NOW - timedelta(minutes=1), key="c")
    replies_size, statuses_size = Path(settings.inbound_spool).stat().st_size, statuses.stat().st_size
    assert report(session, settings)["spool"] == {
        "lines": 4,
        "bytes": replies_size + statuses_size,
        "oldest_age_seconds": 9 * 60,  # the oldest of either file
        "replies": {"lines": 1, "bytes": replies_size, "oldest_age_seconds": 2 * 60},
        "statuses": {"lines": 3, "bytes": statuses_size, "oldest_age_seconds": 9 * 60},
        "set_aside": NOTHING_SET_ASIDE,
    }


def test_lines_set_aside_as_unreadable_are_reported_until_a_person_deletes_them(session, settings):
    replies, statuses = Path(settings.inbound_spool), spool.status_path(settings.inbound_spool)
    reply = {"MessageSid": "SM" + "1" * 32, "From": "+17805550142", "Body": "kept words"}
    for path, key in ((replies, None), (statuses, "k1")):
        spool.append(path, reply, "sig", NOW, key=key)
        with path.open("ab") as file:
            file.write(b'{"sid": "SM-half", "form": {"Body": "cut sh')  # a writer died here
    spool.append(statuses, reply, "sig", NOW, key="k2")
    with statuses.open("ab") as file:
        file.write(b"\n" + b"not json either\n")
    spool.remove(replies, [reply["MessageSid"]])  # what a replay does once the reply is stored
    spool.remove(statuses, ["k1", "k2"])
    two_minutes_ago = (NOW - timedelta(minutes=2)).timestamp()
    os.utime(spool.set_aside_path(replies), (two_minutes_ago, two_minutes_ago))
    os.utime(spool.set_aside_path(statuses), (two_minutes_ago + 60, two_minutes_ago + 60))
    sizes = spool.set_aside_path(replies).stat().st_size + spool.set_aside_path(statuses).stat().st_size
    found = report(session, settings)["spool"]
    assert found["lines"] == 0  # nothing waits for the database...
    assert found["set_aside"] == {  # ...but 3 lines wait for a person
        "lines": 3,
        "bytes": sizes,
        "files": ["inbound.jsonl.unreadable", "inbound.status.jsonl.unreadable"],
        "last_age_seconds": 60,
    }
    assert "kept words" not in json.dumps(found) and "cut sh" not in json.dumps(found)
    spool.remove(replies, [])  # another replay pass deletes nothing set aside
    assert report(session, settings)["spool"]["set_aside"]["lines"] == 3
    spool.set_aside_path(replies).unlink()  # the person, done with it
    assert report(session, settings)["spool"]["set_aside"]["files"] == ["inbound.status.jsonl.unreadable"]


def test_the_report_holds_no_phone_and_no_text(session, settings):
    person = make_participant(session, phone="+17805550177")
    make_item(
        session, person, level=Level.CRISIS, body="i have the pills here", at=NOW - timedelta(minutes=20)
    )
    make_outbound(session, person, scheduled_for=NOW - timedelta(minutes=1), body="A small step counts.")
    form = {"MessageSid": "SM" + "3" * 32, "From": "+17805550188", "Body": "spooled words"}
    spool.append(settings.inbound_spool, form, "sig", NOW)
    rendered = json.dumps(report(session, settings))
    assert '"unanswered": 1' in rendered and '"due": 1' in rendered and '"lines": 1' in rendered
    for secret in ("7805550177", "7805550188", "pills", "small step", "spooled", "Alex", person.study_id):
        assert secret not in rendered


@pytest.mark.parametrize("which", ["replies", "statuses"])
def test_a_spool_that_cannot_be_read_is_reported_as_such(session, settings, which):
    path = Path(settings.inbound_spool) if which == "replies" else spool.status_path(settings.inbound_spool)
    path.mkdir(parents=True)  # a folder where the file should be
    assert report(session, settings)["spool"] == {
        "lines": None,
        "bytes": None,
        "oldest_age_seconds": None,
        "error": "unreadable",
    }


def test_a_pause_of_the_daily_texts_is_reported_with_its_age_until_resumed(session, settings):
    since = NOW - timedelta(minutes=42)
    session.add(
        SendingPause(
            reason="carrier_filtering", day=NOW.date(), sends=40, filtered=3, paused_at=since, active=True
        )
    )
    session.commit()
    assert report(session, settings)["daily_texts_paused"] == {
        "since": since.isoformat(),
        "age_seconds": 42 * 60,
        "sends": 40,
        "filtered": 3,
    }
    session.execute(update(SendingPause).values(active=None, resumed_at=NOW))
    session.commit()
    assert report(session, settings)["daily_texts_paused"] is None
