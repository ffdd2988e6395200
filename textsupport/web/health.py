"""GET /healthz for load balancers and monitoring."""

from __future__ import annotations

from flask import Blueprint, jsonify

from textsupport import config, db
from textsupport.services.ops import health

bp = Blueprint("health", __name__)


@bp.get("/healthz")
def healthz():
    """200 with the report when the database answers; 503 when it does not (the spool is in both)."""
    healthy, report = health.check(db.session(), config.current().inbound_spool)
    return jsonify(report), 200 if healthy else 503
