"""Twilio webhook signatures: checked on every webhook, failing closed. No setting turns this off.

What can be refused without reading the body is refused first (`refuse_unread`): no auth token
configured, no X-Twilio-Signature header, or a Content-Length over the webhooks' limit. Only then is
the form parsed to check the signature. Every refusal is counted per minute and source address
(services/staff/refusals.py), not written as an audit row each.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import wraps
from typing import TYPE_CHECKING
from urllib.parse import urlparse

from flask import abort, request
from twilio.request_validator import RequestValidator, add_port, compare, remove_port

from textsupport import config, db
from textsupport.services.staff import refusals

if TYPE_CHECKING:
    from werkzeug.datastructures import MultiDict

    from textsupport.config import Settings


def signed_url(settings: Settings | None = None) -> str:
    """The URL Twilio signed: PUBLIC_BASE_URL plus the path and query, so TLS proxies do not matter."""
    asked = request._get_current_object()  # one lookup through Flask's proxy for the request's fields
    base = ((settings or config.current()).public_base_url or asked.host_url).rstrip("/")
    query = asked.query_string.decode()
    return f"{base}{asked.path}" + (f"?{query}" if query else "")


def signature(url: str, form: dict[str, str], token: str) -> str:
    """The X-Twilio-Signature Twilio would send for `form` posted to `url` (the simulator signs its texts)."""
    return RequestValidator(token).compute_signature(url, form)


def is_signed(settings: Settings | None = None) -> bool:
    """True when X-Twilio-Signature matches the URL and form under TWILIO_AUTH_TOKEN."""
    settings = settings or config.current()
    asked = request._get_current_object()
    token = settings.twilio_auth_token
    signature = asked.headers.get("X-Twilio-Signature", "")
    if not token or not signature:
        return False
    return matches(RequestValidator(token), signed_url(settings), asked.form, signature)


def matches(validator: RequestValidator, url: str, form: MultiDict, signature: str) -> bool:
    """`validator.validate(url, form, signature)` for a webhook's form, computing one HMAC where it can.

    Twilio signs the URL with or without its port (the library checks both, "since sig generation on
    back end is inconsistent"): here the URL as configured is tried first, and the other form only
    when that does not match, each compared in constant time. (`validate`'s other branch, a JSON
    body's bodySHA256, never applies to a form.)
    """
    parsed = urlparse(url)
    fields = _Fields(form)
    forms = (add_port, remove_port) if parsed.port else (remove_port, add_port)
    return any(compare(validator.compute_signature(form_of(parsed), fields), signature) for form_of in forms)


class _Fields:
    """A form as RequestValidator reads it: each field's every value through `getall` (werkzeug's
    `getlist`), which it tries first, so no AttributeError is raised and caught for every field."""

    def __init__(self, form: MultiDict) -> None:
        self._form = form

    def __iter__(self) -> Iterator[str]:
        return iter(self._form)

    def __len__(self) -> int:
        return len(self._form)

    def getall(self, name: str) -> list[str]:
        return self._form.getlist(name)


def refuse(kind: str, status: int):
    """Count the refusal (one row per minute and source) and answer `status`; nothing else is stored."""
    refusals.count_now(db.session(), kind, request.remote_addr, request.path)
    abort(status)


def refuse_unread(max_bytes: int, settings: Settings | None = None) -> None:
    """Before the body is read: refuse what cannot be signed, or is larger than `max_bytes`."""
    asked = request._get_current_object()
    asked.max_content_length = max_bytes  # a body with no Content-Length is cut off here too
    if not (settings or config.current()).twilio_auth_token or not asked.headers.get("X-Twilio-Signature"):
        refuse(refusals.WEBHOOK_SIGNATURE, 403)
    if asked.content_length is not None and asked.content_length > max_bytes:
        refuse(refusals.TOO_LARGE, 413)


def twilio_signed(view: Callable) -> Callable:
    """Refuse unsigned or badly signed webhooks with 403, store nothing, and count the refusal."""

    @wraps(view)
    def checked(*args, **kwargs):
        if not is_signed():
            refuse(refusals.WEBHOOK_SIGNATURE, 403)
        return view(*args, **kwargs)

    return checked
