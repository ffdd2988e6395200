"""Twilio's webhooks. Signed, idempotent, quick; no wording or logic here."""

from __future__ import annotations

from flask import Blueprint, request

from textsupport import db
from textsupport.services import delivery
from textsupport.web.extensions import csrf
from textsupport.web.signatures import twilio_signed

bp = Blueprint("webhooks", __name__, url_prefix="/twilio")
csrf.exempt(bp)  # Twilio signs its requests instead


@bp.post("/status")
@twilio_signed
def status():
    """Store a delivery status callback (any order, any number of times); always 200 once signed."""
    delivery.record_status(db.session(), request.form)
    return "", 200
