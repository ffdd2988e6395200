"""Twilio webhook signatures: checked on every webhook, failing closed. No setting turns this off."""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import wraps

from flask import abort, request
from twilio.request_validator import RequestValidator

from textsupport import config, db
from textsupport.models import AuditOutcome
from textsupport.services.staff import audit

log = logging.getLogger(__name__)


def signed_url() -> str:
    """The URL Twilio signed: PUBLIC_BASE_URL plus the path and query, so TLS proxies do not matter."""
    base = (config.current().public_base_url or request.host_url).rstrip("/")
    query = request.query_string.decode()
    return f"{base}{request.path}" + (f"?{query}" if query else "")


def is_signed() -> bool:
    """True when X-Twilio-Signature matches the URL and form under TWILIO_AUTH_TOKEN."""
    token = config.current().twilio_auth_token
    signature = request.headers.get("X-Twilio-Signature", "")
    if not token or not signature:
        return False
    return RequestValidator(token).validate(signed_url(), request.form, signature)


def twilio_signed(view: Callable) -> Callable:
    """Refuse unsigned or badly signed webhooks with 403, store nothing, and audit the attempt."""

    @wraps(view)
    def checked(*args, **kwargs):
        if not is_signed():
            try:
                audit.record_now(
                    db.session(),
                    "webhook_signature",
                    AuditOutcome.DENIED,
                    ip=request.remote_addr,
                    detail=request.path,
                )
            except Exception:  # the database is down: still refuse, and say so in the log
                log.exception(
                    "webhook signature refused on %s; the audit row could not be written", request.path
                )
            abort(403)
        return view(*args, **kwargs)

    return checked
