"""The webhook benchmark's floor: validate Twilio's signature, store the raw form once, committed.

The least a webhook that keeps what it is sent can do: one insert into a plain table of the same
database, on an engine with the app's own per-dialect settings (textsupport.db.make_engine: WAL and
the quick write-lock polling on SQLite), answered with empty TwiML. Served by gunicorn as
`benchmarks.floor_app:create_app()`; the table is made beforehand by `create_table`.
"""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime

from flask import Flask, Response, abort, request
from sqlalchemy import Column, DateTime, Engine, Integer, MetaData, Table, Text, insert
from twilio.request_validator import RequestValidator

from textsupport.db import make_engine

METADATA = MetaData()
FORMS = Table(
    "bench_webhook_floor",
    METADATA,
    Column("id", Integer, primary_key=True),
    Column("received_at", DateTime(timezone=True), nullable=False),
    Column("form", Text, nullable=False),
)
EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response />'


def create_table(engine: Engine) -> None:
    """Make the floor's table (once, before gunicorn starts its workers)."""
    METADATA.create_all(engine)


def drop_table(engine: Engine) -> None:
    METADATA.drop_all(engine)


def create_app(
    database_url: str | None = None, token: str | None = None, base_url: str | None = None
) -> Flask:
    """The floor app; its database, token and public URL default to the environment gunicorn gets."""
    engine = make_engine(database_url or os.environ["DATABASE_URL"])
    validator = RequestValidator(token or os.environ["TWILIO_AUTH_TOKEN"])
    base = base_url or os.environ["PUBLIC_BASE_URL"]
    app = Flask(__name__)
    app.extensions["floor.engine"] = engine

    @app.post("/twilio/sms")
    def sms():
        if not validator.validate(
            base + request.path, request.form, request.headers.get("X-Twilio-Signature", "")
        ):
            abort(403)
        row = {"received_at": datetime.now(UTC), "form": json.dumps(request.form.to_dict(flat=False))}
        # sqlite_immediate: BEGIN IMMEDIATE with the app's quick lock polling (a no-op on PostgreSQL)
        with engine.connect().execution_options(sqlite_immediate=True) as conn, conn.begin():
            conn.execute(insert(FORMS), row)
        return Response(EMPTY_TWIML, mimetype="text/xml")

    return app
