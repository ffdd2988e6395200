"""Trial staff pages: participant list and search, enrol, timeline, randomise, withdraw."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user

from textsupport import db, study_ids
from textsupport.models import AuditOutcome, Role, StaffUser
from textsupport.services import appointments, audit, corrections, enrolment, participants, randomize
from textsupport.web.access import require_role
from textsupport.web.forms import (
    AppointmentForm,
    ConfirmForm,
    EnrolForm,
    EnrolmentDetailsForm,
    WithdrawForm,
)

bp = Blueprint("participants", __name__, url_prefix="/participants")

VIEWERS = (Role.ADMIN, Role.TRIAL_STAFF, Role.SUPERVISOR)
ENROLLERS = (Role.ADMIN, Role.TRIAL_STAFF)


@bp.url_value_preprocessor
def _stored_study_id(endpoint, values) -> None:
    """/participants/ts-abc123 is TS-ABC123: every route, audit row and redirect sees the stored id."""
    if values and "study_id" in values:
        values["study_id"] = study_ids.normalise(values["study_id"])


@bp.get("/")
@require_role(*VIEWERS)
def index():
    """All participants, or those whose study id or phone matches ?q=."""
    query = request.args.get("q", "")
    rows = participants.search(db.session(), query)
    return render_template("participants/index.html", rows=rows, query=query)


@bp.route("/new", methods=["GET", "POST"])
@require_role(*ENROLLERS)
def new():
    """The enrolment form; on any bad field nothing is saved and the form keeps what was typed."""
    form = EnrolForm()
    form.offer_sites(enrolment.open_sites(db.session(), current_app.config))
    if request.method == "GET":
        form.tz.data = current_app.config["PROGRAM_TZ"].key
    if form.validate_on_submit():
        raw = dict(form.data, eligibility_confirmed=form.text_capable_phone.data and form.reads_english.data)
        try:
            participant = enrolment.enrol(db.session(), raw, current_app.config, current_user.id)
        except enrolment.EnrolmentError as error:
            for name, message in error.errors.items():
                getattr(form, name).errors = [message]
            flash("Nothing was saved. Please correct the marked fields.", "error")
            return render_template("participants/new.html", form=form), 400
        flash(f"Enrolled {participant.study_id}.", "info")
        return redirect(url_for(".show", study_id=participant.study_id))
    return render_template("participants/new.html", form=form), 400 if form.errors else 200


@bp.get("/<study_id>")
@require_role(*VIEWERS)
def show(study_id: str):
    """One participant's details and timeline (each view is audited)."""
    session = db.session()
    participant = _get_or_404(study_id)
    audit.record_now(
        session,
        "view_participant",
        AuditOutcome.OK,
        actor_id=current_user.id,
        target=("participant", study_id),
    )
    return render_template(
        "participants/show.html",
        participant=participant,
        events=participants.timeline(session, participant, show_arm=True),
        missing=randomize.missing_steps(participant),
        confirm=ConfirmForm(),
        can_enrol=current_user.has_role(*ENROLLERS),
        texts=participants.texts(session, participant),
        appointments=appointments.upcoming(session, participant),
        appointment_form=AppointmentForm(),
        zone=ZoneInfo(participant.tz),
        peer=session.get(StaffUser, participant.peer_worker_id) if participant.peer_worker_id else None,
        can_assign=current_user.has_role(Role.SUPERVISOR, Role.ADMIN),
    )


@bp.route("/<study_id>/edit", methods=["GET", "POST"])
@require_role(*ENROLLERS)
def edit(study_id: str):
    """Correct enrolment details typed wrong; refused once the participant is randomised."""
    session = db.session()
    participant = _get_or_404(study_id)
    form = EnrolmentDetailsForm(data=corrections.current(participant))
    form.offer_sites(enrolment.open_sites(session, current_app.config))
    if form.validate_on_submit():
        try:
            changed = corrections.correct(session, study_id, form.data, current_app.config, current_user.id)
        except corrections.CorrectionError as error:
            if "" in error.errors:
                flash(f"Not changed: {error.errors['']}.", "error")
                return redirect(url_for(".show", study_id=study_id))
            for name, message in error.errors.items():
                getattr(form, name).errors = [message]
            flash("Nothing was changed. Please correct the marked fields.", "error")
            return render_template("participants/edit.html", participant=participant, form=form), 400
        flash(
            f"Corrected: {', '.join(changed).replace('_', ' ')}." if changed else "Nothing changed.", "info"
        )
        return redirect(url_for(".show", study_id=study_id))
    if not corrections.can_correct(session, participant):
        flash("Enrolment details cannot be corrected after randomisation.", "error")
        return redirect(url_for(".show", study_id=study_id))
    audit.record_now(
        session,
        "view_participant",
        AuditOutcome.OK,
        actor_id=current_user.id,
        target=("participant", study_id),
    )
    return render_template("participants/edit.html", participant=participant, form=form)


@bp.post("/<study_id>/appointments")
@require_role(*ENROLLERS)
def add_appointment(study_id: str):
    """Add an appointment; texting arms get a reminder the day before."""
    participant = _get_or_404(study_id)
    form = AppointmentForm()
    if form.validate_on_submit():
        try:
            appointments.add(db.session(), participant, form.when.data, form.location.data, current_user.id)
            flash("Appointment added.", "info")
        except appointments.AppointmentError as error:
            flash(f"Appointment not added: {error}.", "error")
    else:
        flash("Appointment not added: check the form.", "error")
    return redirect(url_for(".show", study_id=study_id))


@bp.post("/<study_id>/steps/<step>")
@require_role(*ENROLLERS)
def record_step(study_id: str, step: str):
    """Record eligibility confirmed or baseline done after enrolment."""
    if ConfirmForm().validate_on_submit():
        try:
            participants.record_step(db.session(), study_id, step, current_user.id)
            flash("Recorded.", "info")
        except participants.ParticipantError as error:
            flash(str(error), "error")
    return redirect(url_for(".show", study_id=study_id))


@bp.route("/<study_id>/randomize", methods=["GET", "POST"])
@require_role(*ENROLLERS)
def randomize_view(study_id: str):
    """Confirm, then open the next sealed envelope. Refusals say what is missing."""
    participant = _get_or_404(study_id)
    form = ConfirmForm()
    if form.validate_on_submit():
        try:
            allocation = randomize.randomize(db.session(), study_id, current_app.config, current_user.id)
        except randomize.RandomizeError as error:
            flash(f"Not randomised: {error}.", "error")
            return redirect(url_for(".show", study_id=study_id))
        flash(f"{study_id} is randomised to {allocation.arm.value}.", "info")
        return redirect(url_for(".show", study_id=study_id))
    return render_template(
        "participants/randomize.html",
        participant=participant,
        form=form,
        missing=randomize.missing_steps(participant),
    )


@bp.route("/<study_id>/withdraw", methods=["GET", "POST"])
@require_role(*ENROLLERS)
def withdraw(study_id: str):
    """Withdraw with a reason; data is kept and nothing more is sent."""
    participant = _get_or_404(study_id)
    form = WithdrawForm()
    if form.validate_on_submit():
        try:
            participants.withdraw(db.session(), study_id, form.reason.data, current_user.id)
        except participants.ParticipantError as error:
            flash(str(error), "error")
        else:
            flash(f"{study_id} is withdrawn. Their data is kept; nothing more will be sent.", "info")
        return redirect(url_for(".show", study_id=study_id))
    return render_template(
        "participants/withdraw.html", participant=participant, form=form
    ), 400 if form.errors else 200


def _get_or_404(study_id: str):
    try:
        return participants.get(db.session(), study_id)
    except participants.ParticipantError:
        abort(404)
