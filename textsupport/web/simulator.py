"""The phone simulator: a participant's phone, texting in through the real signed webhook.

In development, demo and test, anyone's phone; in production only a training participant's (every
other request there is a 404 with an audit row). For the roles that may read any participant's
texts, and for a peer worker their own practice set's phones only (access.PAGES["simulator"]).
"""

from __future__ import annotations

import uuid

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user

from textsupport import clock, config, content, db
from textsupport.models import AuditOutcome, Participant
from textsupport.services.ops import simulator
from textsupport.services.queue import reads as queue
from textsupport.services.staff import audit
from textsupport.web import signatures
from textsupport.web.access import audit_view, require
from textsupport.web.forms import ConfirmForm, SimulatedTextForm

bp = Blueprint("simulator", __name__, url_prefix="/simulator")


@bp.before_request
def _refused_in_production() -> None:
    """Production opens only a training participant's phone: anything else is a 404, audited."""
    settings = config.current()
    named = (request.view_args or {}).get("study_id") or request.args.get("participant", "").strip()
    if not simulator.available(settings) and not (named and simulator.find(db.session(), named, settings)):
        actor = current_user.id if current_user.is_authenticated else None
        audit.record_now(
            db.session(), "simulator_refused", AuditOutcome.DENIED, actor_id=actor, ip=request.remote_addr
        )
        abort(404)


@bp.get("/")
@require("simulator")
def index():
    """Pick a participant (?participant=<study id>) and see their phone: every text in and out."""
    session = db.session()
    chosen = request.args.get("participant", "").strip()
    participant = simulator.find(session, chosen, config.current(), current_user) if chosen else None
    if chosen and participant is None:
        abort(404)
    thread = queue.participant_thread(session, participant.id) if participant else None
    audit_view(("participant", participant.id) if participant else None)
    return render_template(
        "simulator/index.html",
        choices=simulator.choices(session, config.current(), current_user),
        participant=participant,
        labels=simulator.PHONE_LABELS[participant.language] if participant else None,
        thread=thread,
        form=SimulatedTextForm(),
        next_day_form=ConfirmForm(),
        next_day=simulator.next_day_available(config.current(), current_user),
        practising_only=simulator.practising_only(current_user),
    )


@bp.post("/<study_id>/text")
@require("simulator")
def text(study_id: str):
    """Send a text from the participant's phone: signed and posted to /twilio/sms, as Twilio would."""
    participant = _participant(study_id)
    form = SimulatedTextForm()
    if not form.validate_on_submit():
        flash("Type a text of up to 1,600 characters.", "error")
    elif not config.current().twilio_auth_token:
        flash("TWILIO_AUTH_TOKEN is not set, so the text cannot be signed for the webhook.", "error")
    else:
        _audit(participant, "simulated_text")
        status = _post_to_webhook(participant.phone, form.body.data)
        if status == 200:
            flash("Sent through the webhook. Any answer is in the thread.", "success")
        else:
            flash(f"The webhook answered {status}.", "error")
    return redirect(url_for(".index", participant=participant.study_id, _anchor="phone"))


@bp.post("/<study_id>/next-day")
@require("simulator")
def next_day(study_id: str):
    """Development only: plan and send at the next send time with the console gateway."""
    participant = _participant(study_id)
    if not simulator.next_day_available(config.current(), current_user):
        abort(404)
    _audit(participant, "simulated_next_day")
    at, _planned, sent = simulator.next_day(
        db.database(), participant, config.current(), content.content(), clock.now()
    )
    flash(f"Planned and sent what was due at {at:%Y-%m-%d %H:%M} UTC: {sent['sent']} sent.", "success")
    return redirect(url_for(".index", participant=participant.study_id, _anchor="phone"))


def _participant(study_id: str) -> Participant:
    participant = simulator.find(db.session(), study_id, config.current(), current_user)
    if participant is None:
        abort(404)
    return participant


def _audit(participant: Participant, action: str) -> None:
    audit.record_now(
        db.session(),
        action,
        AuditOutcome.OK,
        actor_id=current_user.id,
        target=("participant", participant.id),
        ip=request.remote_addr,
    )


def _post_to_webhook(phone: str, body: str) -> int:
    """POST the text to the app's own /twilio/sms, signed with the auth token; the status it answered.

    In an app context of its own, so the webhook has its own database session, as in production.
    """
    settings = config.current()
    form = {
        "MessageSid": f"SM{uuid.uuid4().hex}",
        "From": phone,
        "To": settings.twilio_from_number or "",
        "Body": body,
        "NumMedia": "0",
    }
    path = url_for("webhooks.sms")
    url = (settings.public_base_url or "http://localhost").rstrip("/") + path
    headers = {"X-Twilio-Signature": signatures.signature(url, form, settings.twilio_auth_token)}
    app = current_app._get_current_object()
    with app.app_context(), app.test_client() as client:
        return client.post(path, data=form, headers=headers).status_code
