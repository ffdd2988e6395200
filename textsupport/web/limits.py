"""Input limits for every request: body size, how many fields a form has, and what a field may hold.

- MAX_CONTENT_LENGTH: no route takes more than an allocation table upload; a bigger body is a 413
  before it is read (Werkzeug checks Content-Length first).
- MAX_FORM_PARTS: Werkzeug counts the parts of a multipart form only; LimitedFormParser counts the
  fields of an urlencoded one as well, so a form of a million repeated keys is a 413, not a parse.
- A staff form's field with a NUL (which no PostgreSQL text column can hold) or longer than
  MAX_FIELD_CHARS is refused with a page saying so, before any view sees it: nothing is saved.
  Twilio's webhooks are exempt (they have their own caps: a reply is always stored, see
  services/replies/inbound.py).
"""

from __future__ import annotations

import io
import typing as t

import flask
from flask import Flask, abort, request
from werkzeug.exceptions import RequestEntityTooLarge
from werkzeug.formparser import FormDataParser

MAX_CONTENT_LENGTH = 4 * 1024 * 1024  # bytes: an allocation table of about 100,000 rows
MAX_FORM_PARTS = 200  # fields in one form; the largest form has about 20, a webhook about 40
MAX_FIELD_CHARS = 10_000  # any one field of a staff form; each form's own limits are smaller
NUL_REFUSED = (
    "A field contained a NUL character (\\0), which cannot be stored. Nothing was saved. "
    "Go back, remove it (it often comes with text pasted from another program) and send again."
)
TOO_LONG = (
    f"A field was longer than {MAX_FIELD_CHARS:,} characters. Nothing was saved. "
    "Go back, shorten it and send again."
)


class LimitedFormParser(FormDataParser):
    """Werkzeug's parser, with MAX_FORM_PARTS applied to urlencoded forms too."""

    def _parse_urlencoded(self, stream: t.IO[bytes], mimetype, content_length, options):
        body = stream.read()
        if self.max_form_parts is not None and body.count(b"&") >= self.max_form_parts:
            raise RequestEntityTooLarge(f"A form may have at most {self.max_form_parts} fields.")
        return super()._parse_urlencoded(io.BytesIO(body), mimetype, content_length, options)


class Request(flask.Request):
    """Flask's request with the limited form parser."""

    form_data_parser_class = LimitedFormParser


def init_app(app: Flask) -> None:
    """Set the limits and refuse staff form fields that cannot be stored."""
    app.request_class = Request
    app.config.update(MAX_CONTENT_LENGTH=MAX_CONTENT_LENGTH, MAX_FORM_PARTS=MAX_FORM_PARTS)

    @app.before_request
    def _refuse_unstorable_fields() -> None:
        asked = request._get_current_object()  # one step through Flask's proxy, not one per field
        if asked.method != "POST" or asked.blueprint == "webhooks":
            return
        for name, value in asked.form.items(multi=True):
            if "\x00" in name or "\x00" in value:
                abort(400, description=NUL_REFUSED)
            if len(value) > MAX_FIELD_CHARS:
                abort(400, description=TOO_LONG)
