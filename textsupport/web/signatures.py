"""Twilio webhook signatures: checked on every webhook, failing closed. No setting turns this off.

What can be refused without reading the body is refused first (`refuse_unread`): no auth token
configured, no X-Twilio-Signature header, or a Content-Length over the webhooks' limit. Only then is
the form parsed to check the signature. Every refusal is counted per minute and source address
(services/staff/refusals.py), not written as an audit row each.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from flask import abort, request
from twilio.request_validator import RequestValidator

from textsupport import config, db
from textsupport.services.staff import refusals


def signed_url() -> str:
    """The URL Twilio signed: PUBLIC_BASE_URL plus the path and query, so TLS proxies do not matter."""
    base = (config.current().public_base_url or request.host_url).rstrip("/")
    query = request.query_string.decode()
    return f"{base}{request.path}" + (f"?{query}" if query else "")


def signature(url: str, form: dict[str, str], token: str) -> str:
    """The X-Twilio-Signature Twilio would send for `form` posted to `url` (the simulator signs its texts)."""
    return RequestValidator(token).compute_signature(url, form)


def is_signed() -> bool:
    """True when X-Twilio-Signature matches the URL and form under TWILIO_AUTH_TOKEN."""
    token = config.current().twilio_auth_token
    signature = request.headers.get("X-Twilio-Signature", "")
    if not token or not signature:
        return False
    return RequestValidator(token).validate(signed_url(), request.form, signature)


def refuse(kind: str, status: int):
    """Count the refusal (one row per minute and source) and answer `status`; nothing else is stored."""
    refusals.count_now(db.session(), kind, request.remote_addr, request.path)
    abort(status)


def refuse_unread(max_bytes: int) -> None:
    """Before the body is read: refuse what cannot be signed, or is larger than `max_bytes`."""
    request.max_content_length = max_bytes  # a body with no Content-Length is cut off here too
    if not config.current().twilio_auth_token or not request.headers.get("X-Twilio-Signature"):
        refuse(refusals.WEBHOOK_SIGNATURE, 403)
    if request.content_length is not None and request.content_length > max_bytes:
        refuse(refusals.TOO_LARGE, 413)


def twilio_signed(view: Callable) -> Callable:
    """Refuse unsigned or badly signed webhooks with 403, store nothing, and count the refusal."""

    @wraps(view)
    def checked(*args, **kwargs):
        if not is_signed():
            refuse(refusals.WEBHOOK_SIGNATURE, 403)
        return view(*args, **kwargs)

    return checked
