"""The peer worker programme for supervisors: training records (each worker's status, who expires soon)."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import current_user

from textsupport import config, db, whole_numbers
from textsupport.services.programme import training_reads, training_records
from textsupport.web import kept_forms
from textsupport.web.access import require

bp = Blueprint("programme", __name__, url_prefix="/programme")


@bp.get("/training")
@require("supervise")
def training(error: str | None = None, status: int = 200):
    """Each peer worker's modules (missing, expired, valid until), who expires in 30 days, and a form."""
    values = request.form if error else kept_forms.restore()  # a refused form keeps what was typed
    view = training_reads.overview(db.session(), config.current())
    return render_template("programme/training.html", view=view, error=error, values=values), status


@bp.post("/training")
@require("supervise")
def record():
    """Record a training completion for a peer worker."""
    worker_id = whole_numbers.parse(request.form.get("worker_id"), 1, whole_numbers.MAX_ID)
    try:
        completion = training_records.record(
            db.session(), worker_id, request.form.to_dict(), config.current(), current_user
        )
    except training_records.TrainingError as error:
        db.session().rollback()
        return training(error=str(error), status=400)
    until = f"valid until {completion.expires_on}" if completion.expires_on else "it does not expire"
    flash(f"Training recorded: {until}.", "success")
    return redirect(url_for("programme.training"))
