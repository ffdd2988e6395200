"""The reply queue (first cut): the open items, most serious first, and one item's page."""

from __future__ import annotations

from flask import Blueprint, abort, render_template
from flask_login import current_user

from textsupport import clock, db
from textsupport.models import AuditOutcome, Level, Role
from textsupport.services import audit, queue
from textsupport.web.access import require_role

bp = Blueprint("queue", __name__, url_prefix="/queue")
WORKERS = (Role.PEER_WORKER, Role.SUPERVISOR, Role.ADMIN)


@bp.get("/")
@require_role(*WORKERS)
def index():
    """Open items by level, then age, with the time left on each SLA."""
    rows = queue.open_items(db.session(), current_user)
    crisis = sum(row.item.level is Level.CRISIS for row in rows)
    return render_template("queue/index.html", rows=rows, crisis=crisis, now=clock.now())


@bp.get("/items/<int:item_id>")
@require_role(*WORKERS)
def item(item_id: int):
    """One item: the reply, why it was flagged, and its history (each view is audited)."""
    session = db.session()
    found = queue.item_for(session, item_id, current_user)
    if found is None:
        abort(404)
    row, events = found
    audit.record_now(
        session, "view_queue_item", AuditOutcome.OK, actor_id=current_user.id, target=("queue_item", item_id)
    )
    return render_template("queue/item.html", row=row, events=events, now=clock.now())
