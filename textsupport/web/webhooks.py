"""Twilio's webhooks. Signed, idempotent, quick; no wording or logic here."""

from __future__ import annotations

import functools
import logging
import uuid
from collections.abc import Callable
from pathlib import Path

from flask import Blueprint, Flask, Request, Response, request
from flask.sessions import SecureCookieSessionInterface, SessionMixin
from twilio.twiml.messaging_response import MessagingResponse

from textsupport import clock, config, content, db, spool
from textsupport.services.replies import inbound
from textsupport.services.sending import delivery
from textsupport.web import mfa, own_account
from textsupport.web.extensions import csrf, limiter, login_manager
from textsupport.web.signatures import refuse_unread, twilio_signed

log = logging.getLogger(__name__)
bp = Blueprint("webhooks", __name__, url_prefix="/twilio")
csrf.exempt(bp)  # Twilio signs its requests instead
limiter.exempt(bp)  # no limits apply to Twilio (init_app skips the limiter's per-request check too)
# Twilio's largest webhook (a 1,600-character body, each character up to 12 bytes once encoded,
# and ten media URLs) fits in this several times over.
MAX_BYTES = 64 * 1024
EMPTY_TWIML = str(MessagingResponse())  # a routine reply's answer, built once: the same every time


class _Sessions(SecureCookieSessionInterface):
    """Flask's signed-cookie sessions, except on Twilio's webhooks: Twilio sends no cookie and is sent
    none, so no session is opened or saved for them (read only, and empty, if anything asks)."""

    def open_session(self, app: Flask, request: Request) -> SessionMixin | None:
        if request.path.startswith(f"{bp.url_prefix}/"):  # before the URL is matched: no blueprint yet
            return self.null_session_class()
        return super().open_session(app, request)


def init_app(app: Flask) -> None:
    """Skip the app-wide hooks that give a webhook nothing (call after the extensions' init_app).

    A webhook opens no cookie session (_Sessions), so no user is loaded: the CSRF check (the blueprint
    is exempt), the rate limiter's check, its headers and its clean-up (exempt as well), the MFA and
    own-password gates and the remember-me cookie would each only find that out again, on every reply.
    Each run of such hooks becomes one hook that runs them, in order, for every other request.
    """
    app.session_interface = _Sessions()
    skipped = {
        limiter._check_request_limit,
        mfa.enforce,
        own_account.enforce_own_password,
        login_manager._update_remember_cookie,
    }
    hooks = app.before_request_funcs[None]
    hooks[:] = _unless_webhook(hooks, lambda hook: hook in skipped or _is_csrf_protect(hook), _before)
    hooks = app.after_request_funcs[None]
    hooks[:] = _unless_webhook(hooks, lambda hook: hook in skipped or _is_limiter(hook), _after)
    hooks = app.teardown_request_funcs[None]
    hooks[:] = _unless_webhook(hooks, _is_limiter, _teardown)


def _is_csrf_protect(hook: Callable) -> bool:
    return getattr(hook, "__module__", None) == "flask_wtf.csrf" and hook.__name__ == "csrf_protect"


def _is_limiter(hook: Callable) -> bool:
    """Flask-Limiter's after-request hook (a partial over the limiter) or teardown (a bound method)."""
    if isinstance(hook, functools.partial):
        return hook.args[:1] == (limiter,)
    return getattr(hook, "__self__", None) is limiter


def _unless_webhook(hooks: list, skip: Callable, run_all: Callable) -> list:
    """`hooks` with each run of consecutive ones `skip` picks replaced by one that runs them, unless the
    request is a webhook; the others stay as they are, in their places."""
    result: list = []
    run: list = []
    for hook in [*hooks, None]:
        if hook is not None and skip(hook):
            run.append(hook)
            continue
        if run:
            result.append(run_all(tuple(run)))
            run = []
        if hook is not None:
            result.append(hook)
    return result


def _before(hooks: tuple) -> Callable:
    def _unless_webhook_before():
        if request._get_current_object().blueprint != bp.name:
            for hook in hooks:
                if (answer := hook()) is not None:
                    return answer
        return None

    return _unless_webhook_before


def _after(hooks: tuple) -> Callable:
    def _unless_webhook_after(response):
        if request._get_current_object().blueprint != bp.name:
            for hook in reversed(hooks):  # Flask runs after-request hooks last registered first
                response = hook(response)
        return response

    return _unless_webhook_after


def _teardown(hooks: tuple) -> Callable:
    def _unless_webhook_teardown(error):
        if request._get_current_object().blueprint != bp.name:
            for hook in reversed(hooks):  # as Flask does, last registered first
                hook(error)

    return _unless_webhook_teardown


@bp.before_request
def _refuse_before_reading() -> None:
    """Unsigned or oversized webhooks are refused before their body is parsed."""
    refuse_unread(MAX_BYTES)


@bp.post("/sms")
@twilio_signed
def sms():
    """A participant's text: stored once per MessageSid, answered with TwiML (empty, or one reply)."""
    form = request.form
    if not (form.get("MessageSid") or form.get("SmsSid")):
        return "a message webhook needs a MessageSid", 400
    settings = config.current()
    try:
        answer = inbound.receive(db.database().engine, form, settings, content.content())
    except inbound.NotStored as failure:  # the database is down: spool the reply, say what the rules can
        if not _spooled(settings.inbound_spool, "inbound") and not failure.answer.text:
            return "the reply could not be stored; please retry", 503  # Twilio tries the fallback URL
        answer = failure.answer  # crisis resources from the rules alone; the scheduler stores it later
    if not answer.text:
        return Response(EMPTY_TWIML, mimetype="text/xml")
    twiml = MessagingResponse()
    twiml.message(answer.text)
    return Response(str(twiml), mimetype="text/xml")


@bp.post("/status")
@twilio_signed
def status():
    """Store a delivery status callback (any order, any number of times); 200 once signed and kept.

    With the database down it is spooled (the scheduler applies it later, by the same rules, once).
    """
    try:
        delivery.record_status(db.session(), request.form)
    except delivery.NotStored as failure:
        log.warning("status %s: not stored (%s)", request.form.get("MessageSid"), failure)
        path = spool.status_path(config.current().inbound_spool)
        if not _spooled(path, "status", key=uuid.uuid4().hex):
            return "the callback could not be stored; please retry", 503
    return "", 200


def _spooled(path: str | Path, kind: str, key: str | None = None) -> bool:
    """Append the signed form to a spool (fsynced); False if even that failed."""
    signature = request.headers.get("X-Twilio-Signature", "")
    sid = request.form.get("MessageSid")
    try:
        spool.append(path, request.form, signature, clock.now(), key)
    except OSError:
        log.exception("%s %s: could not be spooled either", kind, sid)
        return False
    log.warning("%s %s: the database is unavailable; spooled", kind, sid)
    return True
