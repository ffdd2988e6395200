"""The webhook benchmark's floor app does what its figure claims: one committed row per signed post."""

import json

import pytest
from sqlalchemy import select

from benchmarks import floor_app
from tests.support.signing import PUBLIC, TOKEN, signed_post
from textsupport.db import make_engine


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
