"""A webhook skips what gives it nothing: no cookie session, no rate-limit lookup; every other request
keeps both (docs/operations.md, webhook speed)."""

from flask import session
from flask.sessions import NullSession

from tests.support.sms_webhook import reply
from textsupport.web.extensions import limiter


def test_a_webhook_opens_no_session_and_a_page_still_does(app, client, person):
    with app.test_request_context("/twilio/sms", method="POST"):
        assert isinstance(session._get_current_object(), NullSession)
    with app.test_request_context("/login"):
        assert not isinstance(session._get_current_object(), NullSession)
    client.set_cookie("session", "a-cookie-twilio-never-sends")
    answered = reply(client, "thanks, had a good walk today")
    assert answered.status_code == 200
    assert "Set-Cookie" not in answered.headers


def test_the_rate_limiter_looks_up_every_request_but_a_webhook(app, client, person, monkeypatch):
    looked_up: list[str | None] = []
    monkeypatch.setattr(limiter, "identify_request", lambda: looked_up.append("x") or "endpoint")
    assert reply(client, "thanks, had a good walk today").status_code == 200
    assert looked_up == []
    client.get("/login")
    assert looked_up  # the hook is still there for pages
