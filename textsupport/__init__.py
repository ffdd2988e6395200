"""textsupport: supportive texting after psychiatric discharge, with a human reply queue."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta
from typing import Any

from flask import Flask

from textsupport import cli, config, content, db, sms
from textsupport.web import (
    accounts,
    allocations,
    assessments,
    auth,
    errors,
    filters,
    health,
    kept_forms,
    mfa,
    participants,
    queue,
    staff,
    webhooks,
    workload,
)
from textsupport.web.extensions import csrf, limiter, login_manager


def create_app(settings: Mapping[str, Any] | None = None) -> Flask:
    """Assemble the app. With `settings`, use exactly those over the defaults (tests)."""
    app = Flask(__name__)
    values = config.validate(config.read_settings(settings), app.instance_path)
    app.config.update(values)
    app.config.update(
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=values["TEXTSUPPORT_ENV"] == "production",
        PERMANENT_SESSION_LIFETIME=timedelta(minutes=values["SESSION_IDLE_MINUTES"]),
        RATELIMIT_ENABLED=True,
        RATELIMIT_HEADERS_ENABLED=True,  # a 429 carries Retry-After; the page says it in words
    )
    db.init_app(app)
    sms.init_app(app)
    content.init_app(app)
    csrf.init_app(app)
    limiter.init_app(app)
    login_manager.init_app(app)
    for blueprint in (
        health.bp,
        auth.bp,
        mfa.bp,
        staff.bp,
        participants.bp,
        allocations.bp,
        assessments.bp,
        queue.bp,
        webhooks.bp,
        workload.bp,
        accounts.bp,
    ):
        app.register_blueprint(blueprint)
    errors.init_app(app)
    kept_forms.init_app(app)
    filters.init_app(app)
    cli.init_app(app)
    return app
