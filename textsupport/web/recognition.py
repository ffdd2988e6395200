"""Recognition for supervisors: each peer worker's month (counts, milestones reached) as a chart, a
table and a CSV download. Workers see their own on the home page."""

from __future__ import annotations

from flask import Blueprint, Response, render_template, request

from textsupport import clock, config, db
from textsupport.charts import bars
from textsupport.services.programme import recognition_reads as recognition
from textsupport.web.access import audit_view, require

bp = Blueprint("recognition", __name__, url_prefix="/programme")


@bp.get("/recognition")
@require("supervise")
def index():
    """One month's recognition summary per peer worker (?month=YYYY-MM, default this month; audited)."""
    try:
        summary = _summary()
    except recognition.MonthError as error:
        audit_view(month=request.args.get("month", "")[:20], refused=True)
        return render_template("programme/recognition.html", summary=None, error=str(error)), 400
    audit_view(month=summary.month.strftime("%Y-%m"), workers=len(summary.rows))
    chart = bars.grouped(
        "recognition",
        "Items resolved and contacts logged in the month, per peer worker",
        [row.worker.display_name for row in summary.rows],
        [
            ("resolved", [row.in_month.resolved for row in summary.rows]),
            ("contacts", [row.in_month.contacts for row in summary.rows]),
        ],
        empty="No peer workers yet.",
    )
    return render_template("programme/recognition.html", summary=summary, chart=chart, error=None)


@bp.get("/recognition.csv")
@require("supervise")
def export():
    """The month's summary as CSV, one row per peer worker (audited)."""
    try:
        summary = _summary()
    except recognition.MonthError as error:
        return Response(str(error), status=400, mimetype="text/plain")
    month = summary.month.strftime("%Y-%m")
    audit_view(month=month, workers=len(summary.rows))
    headers = {
        "Content-Disposition": f"attachment; filename=recognition-{month}.csv",
        "Cache-Control": "no-store",
    }
    return Response(recognition.month_csv(summary), mimetype="text/csv", headers=headers)


def _summary() -> recognition.MonthSummary:
    settings = config.current()
    now = clock.now()
    month = recognition.parse_month(request.args.get("month"), clock.local_date(now, settings.program_tz))
    return recognition.month_summary(db.session(), settings, month, now)
