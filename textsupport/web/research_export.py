"""POST /trial/export: the research export as a zip, for admins (the dashboard has the form)."""

from __future__ import annotations

from flask import Blueprint, render_template, request, send_file
from flask_login import current_user

from textsupport import config, db
from textsupport.services.export import writer
from textsupport.services.export.files import Options
from textsupport.web.access import require
from textsupport.web.forms import ExportForm

bp = Blueprint("research_export", __name__)


@bp.post("/trial/export")
@require("admin")
def download():
    """Write the export and send it as a zip; a refused or bad request shows the form saying why."""
    form = ExportForm()
    if not form.validate_on_submit():
        return render_template("trial/export.html", export_form=form), 400
    # A reason only goes with an identifiable export; a blank one is no reason (the service says so).
    reason = (form.reason.data or "") if form.identifiable.data else None
    options = Options(identifiable=form.identifiable.data, reason=reason, rater=form.rater.data)
    try:
        archive, name = writer.export_zip(
            db.session(), options, current_user, config.current(), ip=request.remote_addr
        )
    except writer.ExportError as error:
        form.form_errors.append(str(error))
        return render_template("trial/export.html", export_form=form), 400
    return send_file(archive, mimetype="application/zip", as_attachment=True, download_name=name)
