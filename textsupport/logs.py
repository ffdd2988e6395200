"""Logging: JSON lines in production, plain lines elsewhere, each line with its request's id.

Logs never carry a message body, a name or a phone number: log calls name rows by id or provider
sid, and the database engine hides statement parameters (db.make_engine). A request id comes from
a well-formed X-Request-ID header (a proxy's) or is made here, and is echoed on the response, so an
ops person can match a user's report to its log lines.
"""

from __future__ import annotations

import logging
import re
import secrets

from flask import Flask, g, has_request_context, request
from pythonjsonlogger.json import JsonFormatter

FIELDS = "%(asctime)s %(name)s %(levelname)s %(request_id)s %(message)s"
PLAIN = "%(asctime)s %(name)s %(levelname)s [%(request_id)s] %(message)s"
REQUEST_ID = re.compile(r"[A-Za-z0-9._-]{8,64}")
# Third-party loggers held at WARNING whatever the level: the Twilio client logs each API request's
# URL and query (a message list filtered by To= carries a phone), urllib3 every URL at DEBUG,
# SQLAlchemy's engine each statement at INFO and the rows it fetched (bodies, phones) at DEBUG, and
# APScheduler a line per job run. tests/web/test_logs_scenario.py runs a whole trial at DEBUG.
QUIET = dict.fromkeys(("twilio", "urllib3", "sqlalchemy", "apscheduler"), logging.WARNING)


class RequestIdFilter(logging.Filter):
    """Put the current request's id on every record ('-' outside a request: jobs, commands)."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = g.get("request_id", "-") if has_request_context() else "-"
        return True


def configure(json_lines: bool, level: int = logging.INFO) -> None:
    """Entry points only (wsgi, the scheduler): one handler on the root logger."""
    handler = logging.StreamHandler()
    handler.addFilter(RequestIdFilter())
    handler.setFormatter(JsonFormatter(FIELDS) if json_lines else logging.Formatter(PLAIN))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for name, quiet in QUIET.items():
        logging.getLogger(name).setLevel(quiet)


def init_app(app: Flask) -> None:
    """Give each request an id, and echo it as X-Request-ID."""

    @app.before_request
    def _request_id() -> None:
        given = request._get_current_object().headers.get("X-Request-ID", "")  # one step through the proxy
        g._get_current_object().request_id = given if REQUEST_ID.fullmatch(given) else secrets.token_hex(16)

    @app.after_request
    def _echo(response):
        response.headers["X-Request-ID"] = g._get_current_object().get("request_id", "-")
        return response
