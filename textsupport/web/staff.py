"""The staff landing page and the admin's audit log."""

from __future__ import annotations

from datetime import timedelta

from flask import Blueprint, render_template
from flask_login import current_user, login_required

from textsupport import clock, config, db
from textsupport.services.ops import home_reads as home_service
from textsupport.services.staff import audit_reads as audit_log_service
from textsupport.services.staff import refusals
from textsupport.web.access import audit_view, require

bp = Blueprint("staff", __name__)
REFUSALS_SHOWN = timedelta(hours=24)


@bp.get("/")
@login_required
def home():
    """Where every staff member lands after signing in: what to do next, for their role."""
    today = clock.local_date(clock.now(), config.current().program_tz)
    summary = home_service.read(db.session(), current_user, today, config.current().low_allocation_share)
    return render_template("home.html", user=current_user, home=summary)


@bp.get("/audit")
@require("admin")
def audit_log():
    """The newest audit entries: who did what, when, and how it ended."""
    rows = audit_log_service.recent(db.session())
    refused = refusals.recent(db.session(), clock.now() - REFUSALS_SHOWN)
    audit_view(rows=len(rows))
    return render_template("audit.html", rows=rows, refused=refused)
