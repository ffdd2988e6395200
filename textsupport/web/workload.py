"""Supervisors' view of peer workers: load per worker as a chart and a table, and caseload assignment."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import current_user

from textsupport import clock, config, db, whole_numbers
from textsupport.services.programme import supervision_reads
from textsupport.services.queue import caseload
from textsupport.services.queue import workload_reads as workload
from textsupport.web.access import require

bp = Blueprint("workload", __name__, url_prefix="/queue/workload")


@bp.get("/")
@require("supervise")
def index(error: str | None = None, status: int = 200):
    """Open items, oldest item, median first response, contacts and resolved, per peer worker; their
    crisis items this shift, wellbeing flag and when their supervision is due."""
    session, settings = db.session(), config.current()
    loads = workload.loads(session, settings)
    peers = [load.worker for load in loads]
    return (
        render_template(
            "queue/workload.html",
            loads=loads,
            peers=peers,
            supervised=supervision_reads.by_worker(session, settings, peers, clock.now()),
            crisis_max=settings.crisis_per_shift_max,
            error=error,
            values=request.form if error else {},
        ),
        status,
    )


@bp.post("/assign")
@require("supervise")
def assign():
    """Assign a PEER or PEER_TEXT participant to a peer worker (over the cap only with a reason)."""
    form = request.form
    peer = form.get("peer_id", "")
    try:
        participant = caseload.assign(
            db.session(),
            form.get("study_id", ""),
            # empty: remove the peer; anything but an id matches no peer (0), so it is refused
            (whole_numbers.parse(peer, 1, whole_numbers.MAX_ID) or 0) if peer.strip() else None,
            config.current(),
            current_user,
            form.get("override_reason", ""),
        )
    except caseload.CaseloadError as error:
        db.session().rollback()
        return index(error=str(error), status=400)
    flash(
        f"{participant.study_id} assigned." if participant.peer_worker_id else "Peer worker removed.",
        "success",
    )
    return redirect(url_for("workload.index"))
