"""A webhook skips what gives it nothing: no cookie session, no rate-limit lookup; every other request
keeps both (docs/operations.md, webhook speed)."""

import pytest
from flask import session
from flask.sessions import NullSession
from flask_wtf.csrf import CSRFError

from tests.support.sms_webhook import reply
from textsupport.web import webhooks
from textsupport.web.extensions import limiter, login_manager


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


def test_a_run_of_skipped_hooks_becomes_one_that_runs_them_in_order_for_pages_only(app):
    ran: list[str] = []

    def hook(name, answer=None):
        def run(*_):
            ran.append(name)
            return answer

        run.__name__ = name
        return run

    kept, first, second, third = hook("kept"), hook("first"), hook("second", "stop"), hook("third")
    hooks = webhooks._unless_webhook([first, second, kept, third], lambda h: h is not kept, webhooks._before)
    assert len(hooks) == 3 and hooks[1] is kept
    with app.test_request_context("/twilio/sms", method="POST"):
        assert [h() for h in hooks] == [None, None, None]
    assert ran == ["kept"]
    ran.clear()
    with app.test_request_context("/login"):
        assert [h() for h in hooks] == ["stop", None, None]  # a hook's answer ends its run, as in Flask
    assert ran == ["first", "second", "kept", "third"]


def test_a_webhook_skips_the_csrf_mfa_password_and_login_hooks_and_a_page_keeps_them(app):
    before = [getattr(h, "__name__", "") for h in app.before_request_funcs[None]]
    after = app.after_request_funcs[None]
    assert "csrf_protect" not in before and "enforce" not in before and "enforce_own_password" not in before
    assert login_manager._update_remember_cookie not in after
    assert not any(getattr(h, "__self__", None) is limiter for h in app.teardown_request_funcs[None])
    page = app.test_request_context("/login", method="POST", data={"email": "a@b.c"})
    with page, pytest.raises(CSRFError):  # the page's POST without its token is still refused
        app.preprocess_request()
    with app.test_request_context("/twilio/sms", method="POST"):
        assert app.before_request_funcs[None][0]() is None
