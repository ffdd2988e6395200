"""The trial dashboard: the CONSORT flow, recruitment, texts, replies and the queue, for a date
range and a site kept in the URL. Figures split by arm are for admins only."""

from __future__ import annotations

from flask import Blueprint, Response, render_template, request
from flask_login import current_user

from textsupport import config, db
from textsupport.charts import consort
from textsupport.charts import dashboard as charts
from textsupport.services.reports import dashboard_reads, scope
from textsupport.web.access import may, require
from textsupport.web.forms import ExportForm

bp = Blueprint("trial", __name__, url_prefix="/trial")
RECENT_WEEKS = 4  # with no dates chosen, texts, replies and the queue show the last 4 weeks


@bp.get("/")
@require("trial")
def index():
    """The dashboard for the scope in the URL; a bad date or site is a 400 saying what is wrong."""
    settings = config.current()
    sites = scope.sites(db.session(), settings.sites)
    try:
        chosen = scope.parse(request.args, sites)
    except scope.ScopeError as error:
        page = render_template("trial/index.html", error=str(error), sites=sites, values=request.args)
        return page, 400
    dashboard = dashboard_reads.read(
        db.session(), chosen, settings, arms=may(current_user, "admin"), recent_weeks=RECENT_WEEKS
    )
    drawn = charts.draw(dashboard)
    return render_template(
        "trial/index.html",
        dashboard=dashboard,
        charts=drawn,
        sites=sites,
        values=request.args,
        export_form=ExportForm() if may(current_user, "admin") else None,  # POST /trial/export
    )


@bp.get("/consort.svg")
@require("trial")
def consort_svg():
    """The CONSORT diagram of the scope in the URL, as an SVG file to download."""
    settings = config.current()
    try:
        chosen = scope.parse(request.args, scope.sites(db.session(), settings.sites))
    except scope.ScopeError as error:
        return Response(str(error) + "\n", status=400, mimetype="text/plain")
    flow = dashboard_reads.flow(db.session(), chosen, settings, arms=may(current_user, "admin"))
    return Response(
        consort.diagram(flow),
        mimetype="image/svg+xml",
        headers={"Content-Disposition": 'attachment; filename="consort.svg"'},
    )
