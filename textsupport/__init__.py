"""textsupport: supportive texting after psychiatric discharge, with a human reply queue."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta
from typing import Any

from flask import Flask
from werkzeug.middleware.proxy_fix import ProxyFix

from textsupport import cli, config, content, db, logs, sms
from textsupport.web import (
    accounts,
    allocations,
    assessments,
    auth,
    checkins,
    converters,
    errors,
    fidelity_report,
    filters,
    headers,
    health,
    kept_forms,
    limits,
    mfa,
    own_account,
    participants,
    practice,
    programme,
    queue,
    recognition,
    research_export,
    signed_in,
    simulator,
    staff,
    trial,
    webhooks,
    workload,
)
from textsupport.web.extensions import csrf, limiter, login_manager


def create_app(settings: config.Settings | Mapping[str, Any] | None = None) -> Flask:
    """Assemble the app from the environment; or from `settings`, typed or as raw values (tests)."""
    app = Flask(__name__)
    if not isinstance(settings, config.Settings):
        settings = config.load(settings, app.instance_path)
    app.extensions[config.EXTENSION] = settings
    app.context_processor(lambda: {"settings": settings})  # templates read {{ settings.program_tz }}
    app.config.update(
        SECRET_KEY=settings.secret_key,
        TEXTSUPPORT_NOW=settings.textsupport_now,  # the clock's fixed now; tests move it (clock.py)
        # In production the cookie is __Host-: Secure, Path=/, no Domain, so no subdomain can set it.
        SESSION_COOKIE_NAME="__Host-session" if settings.production else "session",
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=settings.production,
        PERMANENT_SESSION_LIFETIME=timedelta(minutes=settings.session_idle_minutes),
        RATELIMIT_ENABLED=True,
        RATELIMIT_STORAGE_URI=settings.ratelimit_storage_uri,
        RATELIMIT_HEADERS_ENABLED=True,  # a 429 carries Retry-After; the page says it in words
    )
    if settings.proxy_count:  # the client's address and scheme from X-Forwarded-*, trusting that many proxies
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=settings.proxy_count, x_proto=settings.proxy_count)
    db.init_app(app, settings)
    sms.init_app(app, settings)
    content.init_app(app, settings)
    csrf.init_app(app)
    limiter.init_app(app)
    login_manager.init_app(app)
    signed_in.init_app(app)
    converters.init_app(app)
    for blueprint in (
        health.bp,
        auth.bp,
        mfa.bp,
        own_account.bp,
        staff.bp,
        participants.bp,
        allocations.bp,
        assessments.bp,
        queue.bp,
        practice.bp,
        webhooks.bp,
        workload.bp,
        programme.bp,
        recognition.bp,
        fidelity_report.bp,
        checkins.bp,
        accounts.bp,
        research_export.bp,
        trial.bp,
        simulator.bp,
    ):
        app.register_blueprint(blueprint)
    webhooks.init_app(app)  # after limiter.init_app
    errors.init_app(app)
    logs.init_app(app)
    limits.init_app(app)  # after logs: a refused form still gets its request id
    headers.init_app(app, settings.production)
    kept_forms.init_app(app)
    filters.init_app(app)
    cli.init_app(app)
    return app
