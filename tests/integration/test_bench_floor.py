"""The webhook benchmark: the floor app stores one committed row per signed post, and the ratio's
alternating slices put one app under load at a time and are read pair by pair."""

import itertools
import json
from datetime import UTC

import pytest
from sqlalchemy import select

from benchmarks import floor_app, interleave, webhook
from tests.support.signing import PUBLIC, TOKEN, signed_post
from textsupport.db import make_engine
from textsupport.models import InboundMessage


@pytest.fixture
def floor(database_url):
    engine = make_engine(database_url)
    floor_app.create_table(engine)
    app = floor_app.create_app(database_url, TOKEN, PUBLIC)
    yield app, engine
    app.extensions["floor.engine"].dispose()
    floor_app.drop_table(engine)
    engine.dispose()


def rows(engine) -> list[dict]:
    """The stored forms, read on a connection of the test's own: committed rows only."""
    with engine.connect() as conn:
        return [
            json.loads(form)
            for form in conn.scalars(select(floor_app.FORMS.c.form).order_by(floor_app.FORMS.c.id))
        ]


def test_the_floor_stores_one_row_per_signed_post_and_refuses_a_bad_signature(floor):
    app, engine = floor
    client = app.test_client()
    for n in range(3):
        form = {"MessageSid": f"SMfloor{n}", "From": "+17805550101", "To": "+17805550199", "Body": "hi"}
        response = signed_post(client, "/twilio/sms", form)
        assert response.status_code == 200
        assert "<Response" in response.get_data(as_text=True)
    forged = client.post(
        "/twilio/sms", data={"MessageSid": "SMforged"}, headers={"X-Twilio-Signature": "bm8="}
    )
    assert forged.status_code == 403
    assert signed_post(client, "/twilio/sms", {"MessageSid": "SMother"}, token="other").status_code == 403
    stored = rows(engine)
    assert [form["MessageSid"] for form in stored] == [["SMfloor0"], ["SMfloor1"], ["SMfloor2"]]
    assert stored[0]["Body"] == ["hi"]


def turn(name: str, number: int, started: float, ended: float, answered: int) -> interleave.Slice:
    return interleave.Slice(name, number, started, ended, latencies=[0.01] * answered)


def test_a_ratio_is_read_from_the_totals_of_paired_slices_with_the_spread_of_each_pair():
    slices = [
        turn("ours", 0, 0.0, 1.0, 50),
        turn("floor", 0, 1.0, 2.0, 100),
        turn("floor", 1, 2.0, 3.0, 300),  # a quieter second: both sides of the pair gain
        turn("ours", 1, 3.0, 4.0, 150),
        turn("ours", 2, 4.0, 6.0, 100),  # a slice that drained slowly is read over its own time
        turn("floor", 2, 6.0, 7.0, 100),
    ]
    compared = interleave.compare(slices, "ours", "floor")
    assert compared["ratio"] == round((50 + 150 + 100) / 4.0 / ((100 + 300 + 100) / 3.0), 3)
    assert compared["median"] == 0.5  # per pair: 0.5, 0.5, 0.5 (50/s over 100/s)
    assert compared["iqr"] == [0.5, 0.5]


@pytest.fixture
def served(database_url):
    """The floor and ours, each under its own gunicorn, on the test database as the benchmark seeds it."""
    engine = make_engine(database_url)
    webhook.prepare(engine)
    servers = [
        webhook.serve("benchmarks.floor_app:create_app()", database_url),
        webhook.serve("wsgi:app", database_url),
    ]
    yield engine, servers[0][1], servers[1][1]
    for process, _base in servers:
        process.terminate()
        process.wait(timeout=20)
    floor_app.drop_table(engine)
    engine.dispose()


def test_slices_alternate_one_app_at_a_time_and_each_stores_what_it_answered(served):
    engine, floor, ours = served
    targets = [
        interleave.Target("replies", ours, "/twilio/sms", iter(webhook.signed_requests(ours, 2000))),
        interleave.Target("floor", floor, "/twilio/sms", iter(webhook.signed_requests(floor, 2000))),
    ]
    slices = interleave.run(targets, rounds=4, seconds=0.3, connections=4)
    assert [s.name for s in slices] == ["replies", "floor", "floor", "replies"] * 2
    assert all(s.latencies and s.errors == 0 for s in slices)
    assert all(after.started >= before.ended for before, after in itertools.pairwise(slices))
    # The servers' own clocks: every row was stored inside one of its app's slices, never another's.
    with engine.connect() as conn:
        stored = {
            "floor": conn.scalars(select(floor_app.FORMS.c.received_at)).all(),
            "replies": conn.scalars(select(InboundMessage.received_at)).all(),
        }
    for name, times in stored.items():
        windows = [(s.started, s.ended) for s in slices if s.name == name]
        assert len(times) == sum(len(s.latencies) for s in slices if s.name == name)
        for at in times:
            moment = at.replace(tzinfo=at.tzinfo or UTC).timestamp()
            assert any(start - 0.001 <= moment <= end + 0.001 for start, end in windows), (name, at)
