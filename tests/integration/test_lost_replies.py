"""No reply is lost: a database outage in the middle of a stream of webhooks, and replies Twilio has
that never reached us. Each stored exactly once; every flagged one queued.

make test posts LOST_REPLIES (default 300) webhooks; `make chaos` runs this with 1,000.
"""

import os
from collections import Counter
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from scheduler import jobs
from tests.support.builders import make_active
from tests.support.databases import make_settings
from tests.support.fakes.twilio_api import FakeTwilioServer
from tests.support.outage import Outage
from tests.support.signing import SETTINGS, signed_post
from textsupport import create_app, spool
from textsupport.models import Arm, Arrival, InboundMessage, Level, QueueItem

ACCOUNT, TOKEN, OURS = "AC" + "7" * 32, SETTINGS["TWILIO_AUTH_TOKEN"], "+17805550199"
REPLIES = int(os.environ.get("LOST_REPLIES", "300"))
NEVER_POSTED = 50
BODIES = [  # (text, level it must be queued at)
    ("thanks for the text today", Level.ROUTINE),
    ("i cant cope with anything today", Level.URGENT),
    ("i want to end my life tonight", Level.CRISIS),
    ("had a good walk", Level.ROUTINE),
    ("everything is falling apart and i cant sleep", Level.URGENT),
]


@pytest.fixture
def world(database_url, tmp_path):
    """An app on a database that can go down, the fake Twilio it lists replies from, 20 participants."""
    outage = Outage(database_url, tmp_path)
    server = FakeTwilioServer(ACCOUNT, TOKEN)
    with server as fake:
        app = create_app(
            make_settings(
                outage.url, SMS_BACKEND="twilio", TWILIO_ACCOUNT_SID=ACCOUNT, TWILIO_FROM_NUMBER=OURS,
                TWILIO_API_BASE=server.base_url, INBOUND_SPOOL=str(tmp_path / "inbound.jsonl"),
                **SETTINGS,
            )
        )  # fmt: skip
        with app.extensions["textsupport.db"].sessionmaker() as session:
            people = [make_active(session, Arm.TEXT, date(2026, 11, 1)).phone for _ in range(20)]
        yield app, fake, outage, people
        app.extensions["textsupport.db"].dispose()
    outage.close()


def job(app, name):
    return jobs.run_job(app, next(spec for spec in jobs.JOBS if spec.name == name))


def test_an_outage_mid_stream_and_replies_never_posted_are_all_stored_once_and_queued(world, tmp_path):
    app, fake, outage, people = world
    client = app.test_client()
    earlier = datetime.now(UTC) - timedelta(minutes=10)  # Twilio got them a while ago
    expected: dict[str, Level] = {}
    statuses = Counter()
    start, end = REPLIES * 2 // 5, REPLIES * 3 // 5  # the middle fifth: the database is down
    for n in range(REPLIES):
        body, level = BODIES[n % len(BODIES)]
        message = fake.receive(people[n % len(people)], OURS, body, earlier)
        expected[message["sid"]] = level
        form = {"MessageSid": message["sid"], "From": message["from"], "To": OURS, "Body": body}
        if n == start:
            down = outage.down(app)
            down.__enter__()
        if n == end:
            down.__exit__(None, None, None)
        statuses[signed_post(client, "/twilio/sms", form).status_code] += 1
    for n in range(NEVER_POSTED):  # the webhook never came (misconfigured, or lost on the way)
        body, level = BODIES[n % len(BODIES)]
        expected[fake.receive(people[n % len(people)], OURS, body, earlier)["sid"]] = level
    assert statuses == {200: REPLIES}  # the outage's replies were spooled, not refused
    assert len(spool.read(tmp_path / "inbound.jsonl")) == end - start

    assert job(app, "replay_spool") == {
        "replayed": end - start,
        "waiting": 0,
        "statuses_replayed": 0,
        "statuses_waiting": 0,
    }
    assert job(app, "backstop") == {"listed": REPLIES + NEVER_POSTED, "recovered": NEVER_POSTED}
    assert job(app, "backstop") == {"listed": REPLIES + NEVER_POSTED, "recovered": 0}  # none twice

    with app.extensions["textsupport.db"].sessionmaker() as session:
        stored = session.execute(select(InboundMessage.provider_sid, InboundMessage.arrival)).all()
        assert sorted(sid for sid, _ in stored) == sorted(expected)  # every one, once
        assert Counter(arrival for _, arrival in stored) == {
            Arrival.WEBHOOK: REPLIES - (end - start),
            Arrival.SPOOL: end - start,
            Arrival.BACKSTOP: NEVER_POSTED,
        }
        queued = dict(
            session.execute(
                select(InboundMessage.provider_sid, QueueItem.level).join(
                    QueueItem, QueueItem.inbound_id == InboundMessage.id
                )
            ).all()
        )
        assert queued == expected  # every reply queued once, at its level: every flagged one too
        assert session.scalar(select(func.count()).select_from(QueueItem)) == len(expected)
