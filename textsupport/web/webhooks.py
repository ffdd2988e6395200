"""Twilio's webhooks. Signed, idempotent, quick; no wording or logic here."""

from __future__ import annotations

import logging
import uuid
from pathlib import Path

from flask import Blueprint, Flask, Request, Response, request
from flask.sessions import SecureCookieSessionInterface, SessionMixin
from twilio.twiml.messaging_response import MessagingResponse

from textsupport import clock, config, content, db, spool
from textsupport.services.replies import inbound
from textsupport.services.sending import delivery
from textsupport.web.extensions import csrf, limiter
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
    """Skip per-request work that gives a webhook nothing: the cookie session, and the app-wide rate
    limiter's before-request check (the blueprint is exempt anyway; the limiter would still resolve,
    for each webhook, which limits apply before finding none)."""
    app.session_interface = _Sessions()
    hooks = app.before_request_funcs[None]
    position = hooks.index(limiter._check_request_limit)
    check = hooks[position]

    def _check_unless_webhook() -> None:
        if request.blueprint != bp.name:
            check()

    hooks[position] = _check_unless_webhook


@bp.before_request
def _refuse_before_reading() -> None:
    """Unsigned or oversized webhooks are refused before their body is parsed."""
    refuse_unread(MAX_BYTES)


@bp.post("/sms")
@twilio_signed
def sms():
    """A participant's text: stored once per MessageSid, answered with TwiML (empty, or one reply)."""
    if not (request.form.get("MessageSid") or request.form.get("SmsSid")):
        return "a message webhook needs a MessageSid", 400
    try:
        answer = inbound.receive(db.database().engine, request.form, config.current(), content.content())
    except inbound.NotStored as failure:  # the database is down: spool the reply, say what the rules can
        if not _spooled(config.current().inbound_spool, "inbound") and not failure.answer.text:
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
