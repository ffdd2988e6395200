"""Supervision and mentorship: supervisors record check-ins and read their notes (every view audited);
a peer worker sees their own check-in dates and asks for a check-in, or answers a crisis debrief."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user

from textsupport import config, db, whole_numbers
from textsupport.models import Role
from textsupport.services.programme import supervision_reads, supervision_records, training_reads
from textsupport.supervision import Wellbeing
from textsupport.web import kept_forms
from textsupport.web.access import audit_view, require

bp = Blueprint("checkins", __name__, url_prefix="/programme")


@bp.get("/supervision")
@require("supervise")
def index(error: str | None = None, status: int = 200):
    """Overdue check-ins, standing requests, each worker's last check-in and wellbeing flag, and a form."""
    values = request.form if error else kept_forms.restore()  # a refused form keeps what was typed
    view = supervision_reads.overview(db.session(), config.current())
    page = render_template(
        "programme/supervision.html", view=view, error=error, values=values, wellbeing=list(Wellbeing)
    )
    return page, status


@bp.post("/supervision")
@require("supervise")
def record():
    """Record a check-in held with a peer worker."""
    try:
        checkin = supervision_records.record_checkin(
            db.session(), request.form.to_dict(), config.current(), current_user
        )
    except supervision_records.SupervisionError as error:
        db.session().rollback()
        return index(error=str(error), status=400)
    flash(f"Check-in recorded ({checkin.kind.value}, {checkin.held_on}).", "success")
    return redirect(url_for("checkins.index"))


@bp.get("/supervision/<int:user_id>")
@require("supervise")
def worker(user_id: int):
    """One worker's check-ins with the private notes: every view is audited."""
    found = supervision_reads.history(db.session(), user_id)
    if found is None:
        abort(404)
    user, checkins = found
    audit_view(("staff_user", user.id), checkins=len(checkins))
    return render_template("programme/supervision_worker.html", user=user, checkins=checkins)


@bp.get("/my-supervision")
@require("queue")
def mine():
    """A worker's own check-ins (dates, lengths, who held them; never the notes) and when the next is due."""
    session, settings = db.session(), config.current()
    view = supervision_reads.own(session, current_user, settings)
    own_training = (
        training_reads.own(session, current_user, settings) if current_user.role is Role.PEER_WORKER else None
    )
    return render_template("programme/supervision_mine.html", view=view, training=own_training)


@bp.post("/debrief")
@require("queue")
def debrief():
    """A peer worker asks for a check-in: after a crisis item (item_id) or on their own."""
    raw = request.form.get("item_id", "").strip()
    item_id = whole_numbers.parse(raw, 1, whole_numbers.MAX_ID) if raw else None
    back = url_for("queue.item", item_id=item_id) if item_id else url_for("checkins.mine")
    if raw and item_id is None:
        abort(404)
    try:
        answer = supervision_records.answer_debrief(
            db.session(), current_user, item_id, request.form.get("answer", ""), config.current()
        )
    except supervision_records.SupervisionError as error:
        db.session().rollback()
        flash(str(error), "error")
        return redirect(back)
    done = "Check-in requested: a supervisor will arrange it." if answer.answer == "requested" else "Noted."
    flash(done, "success")
    return redirect(back)
