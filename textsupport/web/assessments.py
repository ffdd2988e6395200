"""The rater's follow-up task list. Raters never see arms: nothing here loads one."""

from __future__ import annotations

from flask import Blueprint, Response, flash, redirect, render_template, url_for
from flask_login import current_user

from textsupport import clock, config, db
from textsupport.services.trial import assessments
from textsupport.web.access import audit_view, require
from textsupport.web.forms import ConfirmForm

bp = Blueprint("assessments", __name__, url_prefix="/assessments")


@bp.get("/")
@require("follow_up")
def index():
    """Open assessments due in the next two weeks, overdue first."""
    today = clock.local_date(clock.now(), config.current().program_tz)
    tasks = assessments.open_tasks(db.session(), today)
    audit_view(tasks=len(tasks))
    return render_template("assessments/index.html", tasks=tasks, today=today, form=ConfirmForm())


@bp.get("/export.csv")
@require("follow_up")
def export():
    """All assessments as CSV for the rater team (audited; no arm)."""
    session = db.session()
    text = assessments.export_csv(session)
    audit_view()
    headers = {"Content-Disposition": "attachment; filename=assessments.csv", "Cache-Control": "no-store"}
    return Response(text, mimetype="text/csv", headers=headers)


@bp.post("/<int:assessment_id>/complete")
@require("follow_up")
def complete(assessment_id: int):
    """Record an assessment as done."""
    if ConfirmForm().validate_on_submit():
        try:
            assessments.complete(db.session(), assessment_id, current_user.id)
            flash("Assessment recorded as complete.", "info")
        except assessments.AssessmentError as error:
            flash(str(error), "error")
    return redirect(url_for(".index"))
