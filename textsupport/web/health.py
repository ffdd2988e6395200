"""GET /healthz for load balancers."""

from __future__ import annotations

from flask import Blueprint, jsonify

from textsupport import db
from textsupport.services.ops import health

bp = Blueprint("health", __name__)


@bp.get("/healthz")
def healthz():
    """200 with the report when the database answers; 503 when it does not."""
    healthy, report = health.check(db.session())
    return jsonify(report), 200 if healthy else 503
