"""Your own account: two-step sign-in, and your latest sign-ins, so a sign-in you did not make shows."""

from __future__ import annotations

from flask import Blueprint, render_template
from flask_login import current_user, login_required

from textsupport import clock, config, db
from textsupport.services.staff import sessions
from textsupport.web import signed_in

bp = Blueprint("own_account", __name__, url_prefix="/account")


@bp.get("/")
@login_required
def index():
    """Your latest sign-ins: when (in PROGRAM_TZ), from which address and browser, and whether still open."""
    settings, now = config.current(), clock.now()
    rows = [
        (row, sessions.is_open(row, settings, now))
        for row in sessions.recent_sign_ins(db.session(), current_user.id)
    ]
    return render_template("account.html", rows=rows, this_session=signed_in.current_session().id)
