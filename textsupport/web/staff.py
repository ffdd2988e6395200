"""The staff landing page, resuming paused daily texts, and the admin's audit log."""

from __future__ import annotations

from datetime import timedelta

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required

from textsupport import clock, config, db
from textsupport.services.ops import home_reads as home_service
from textsupport.services.ops import simulator
from textsupport.services.programme import recognition_reads
from textsupport.services.sending import pause
from textsupport.services.staff import audit_reads as audit_log_service
from textsupport.services.staff import refusals
from textsupport.web.access import audit_view, may, require
from textsupport.web.forms import ConfirmForm

bp = Blueprint("staff", __name__)
REFUSALS_SHOWN = timedelta(hours=24)


@bp.get("/")
@login_required
def home():
    """Where every staff member lands after signing in: what to do next, for their role."""
    summary = home_service.read(db.session(), current_user, config.current(), clock.now())
    simulator_link = (  # a peer worker opens their practice phones from the practice items instead
        may(current_user, "participants") and simulator.available(config.current())
    )
    mine = recognition_reads.own(db.session(), config.current(), current_user, clock.now())
    return render_template(
        "home.html", user=current_user, home=summary, form=ConfirmForm(), home_simulator=simulator_link,
        mine=mine,
    )  # fmt: skip


@bp.post("/sending/resume")
@require("admin")
def resume_sending():
    """End the pause of daily texts after carrier filtering (audited); the home page says so."""
    if ConfirmForm().validate_on_submit():
        try:
            pause.resume(db.session(), current_user.id, clock.now(), request.remote_addr)
        except pause.NotPaused as error:
            flash(str(error), "info")
        else:
            flash("Daily texts are resumed. Those still due today go out now.", "success")
    return redirect(url_for(".home"))


@bp.get("/audit")
@require("admin")
def audit_log():
    """The newest audit entries: who did what, when, and how it ended."""
    rows = audit_log_service.recent(db.session())
    refused = refusals.recent(db.session(), clock.now() - REFUSALS_SHOWN)
    audit_view(rows=len(rows))
    return render_template("audit.html", rows=rows, refused=refused)
