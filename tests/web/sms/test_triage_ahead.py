"""On SQLite a reply is triaged before the write lock is taken, in the last text sent as read then, and
that verdict stands only if the same last text is read again under the lock (inbound.receive)."""

import sqlite3
from datetime import timedelta

import pytest
from freezegun import freeze_time

from tests.support.builders import make_outbound
from tests.support.sms_webhook import items, reply
from tests.support.times import MONDAY_NOON
from textsupport import triage
from textsupport.models import Level, OutboundKind, OutboundStatus
from textsupport.services.replies import context

SAFE = "Are you safe right now?"


@pytest.fixture(autouse=True)
def only_sqlite(app):
    if app.extensions["textsupport.db"].engine.dialect.name != "sqlite":
        pytest.skip("the write lock triage stays out of is SQLite's (PostgreSQL triages in its transaction)")


def test_the_reply_is_triaged_while_another_writer_could_still_take_the_write_lock(
    app, client, session, person, monkeypatch
):
    database = app.extensions["textsupport.db"].engine.url.database
    classify, free = triage.classify, []

    def spied(body, last=None):
        other = sqlite3.connect(database, timeout=0, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")  # fails with "database is locked" while a writer holds it
            other.execute("ROLLBACK")
            free.append(True)
        except sqlite3.OperationalError:
            free.append(False)
        finally:
            other.close()
        return classify(body, last)

    monkeypatch.setattr(triage, "classify", spied)
    assert reply(client, "thanks, had a good walk today").status_code == 200
    assert free == [True]  # triaged once, outside the lock
    (item,) = items(session)
    assert item.level is Level.ROUTINE


@freeze_time(MONDAY_NOON)
def test_a_text_sent_between_the_read_ahead_and_the_lock_is_what_the_reply_is_read_with(
    client, session, person, monkeypatch
):
    read_last = context.read_last

    def then_a_question_goes_out(connection, sender, at):
        last = read_last(connection, sender, at)  # nothing sent yet: "no" alone is routine
        make_outbound(
            session, person, kind=OutboundKind.STAFF_REPLY, local_date=None, body=SAFE,
            scheduled_for=at - timedelta(minutes=1), status=OutboundStatus.SENT,
            sent_at=at - timedelta(minutes=1), idempotency_key="test:asked-in-between",
        )  # fmt: skip
        return last

    monkeypatch.setattr(context, "read_last", then_a_question_goes_out)
    reply(client, "no")
    (item,) = items(session)
    assert item.level is Level.CRISIS  # "no" to "are you safe?", read under the lock
    assert "answer to our question (safety): negative" in item.reasons


def test_when_the_read_ahead_fails_the_reply_is_triaged_under_the_lock_as_before(
    client, session, person, monkeypatch
):
    def broken(*_args):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(context, "read_last", broken)
    assert reply(client, "i want to end it tonight").status_code == 200
    (item,) = items(session)
    assert item.level is Level.CRISIS
    assert "processing error: please read this reply" not in item.reasons  # handled, not the fallback


@freeze_time(MONDAY_NOON)
@pytest.mark.parametrize(("kind", "ago"), [(OutboundKind.STAFF_REPLY, timedelta(hours=1)),
                                           (OutboundKind.DAILY, timedelta(hours=23))])  # fmt: skip
def test_the_context_read_ahead_is_the_one_read_under_the_lock_so_the_reply_is_triaged_once(
    client, session, person, monkeypatch, kind, ago
):
    make_outbound(
        session, person, kind=kind, local_date=None, body=SAFE, scheduled_for=MONDAY_NOON - ago,
        status=OutboundStatus.SENT, sent_at=MONDAY_NOON - ago, idempotency_key="test:asked",
    )  # fmt: skip
    classify, contexts = triage.classify, []

    def counted(body, last=None):
        contexts.append(last)
        return classify(body, last)

    monkeypatch.setattr(triage, "classify", counted)
    reply(client, "no")
    assert contexts == [triage.Context(str(kind), SAFE)]
    (item,) = items(session)
    assert item.level is Level.CRISIS
