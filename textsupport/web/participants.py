"""Trial staff pages: search, enrol, the participant page and appointments, randomise, withdraw."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user
from werkzeug.datastructures import MultiDict

from textsupport import clock, config, db, peer_roles, study_ids
from textsupport.content import content
from textsupport.models import Role, StaffUser, WithdrawalKind
from textsupport.services.queue import contacts
from textsupport.services.staff import submissions
from textsupport.services.trial import (
    appointments,
    corrections,
    enrolment,
    participant_reads,
    participants,
    randomize,
)
from textsupport.services.trial import story_reads as participant_story
from textsupport.web import kept_forms
from textsupport.web.access import audit_view, may, require
from textsupport.web.forms import (
    AppointmentForm,
    ConfirmForm,
    EnrolForm,
    EnrolmentDetailsForm,
    WithdrawForm,
)

bp = Blueprint("participants", __name__, url_prefix="/participants")

WITHDRAWN_MESSAGES = {
    WithdrawalKind.INTERVENTION: "{study_id} is withdrawn from the intervention: no more programme texts or "
    "peer contact. Follow-up goes on.",
    WithdrawalKind.STUDY: "{study_id} is withdrawn from the study. Their data is kept; nothing more will "
    "be sent.",
}


@bp.url_value_preprocessor
def _stored_study_id(endpoint, values) -> None:
    """/participants/ts-abc123 is TS-ABC123: every route, audit row and redirect sees the stored id."""
    if values and "study_id" in values:
        values["study_id"] = study_ids.normalise(values["study_id"])


@bp.route("/", methods=["GET", "POST"])
@require("participants")
def index():
    """All trial participants, or (a POST) those whose study id or phone matches q; ?practice=1 (or the
    form's practice field) the training participants instead, as the queue's Practice tab.

    The search is a POST so that a phone number never appears in a URL, and so in no access log,
    browser history or Referer; a ?q= in the address is ignored.
    """
    query = request.form.get("q", "") if request.method == "POST" else ""
    practice = (request.form if request.method == "POST" else request.args).get("practice") == "1"
    rows = participant_reads.search(db.session(), query, practice=practice)
    # Never the query in the audit row: it may be a phone.
    audit_view(searched=bool(query.strip()), rows=len(rows), practice=practice)
    return render_template(
        "participants/index.html", rows=rows, query=query, practice=practice,
        practice_count=participant_reads.practice_count(db.session()),
    )  # fmt: skip


@bp.route("/new", methods=["GET", "POST"])
@require("enrol")
def new():
    """The enrolment form; on any bad field nothing is saved and the form keeps what was typed."""
    kept = kept_forms.restore() if request.method == "GET" else {}  # typed before a sign-out
    form = EnrolForm(formdata=MultiDict(kept)) if kept else EnrolForm()
    form.offer_sites(enrolment.open_sites(db.session(), config.current()))
    if request.method == "GET" and not kept:
        form.tz.data = config.current().program_tz.key
    if form.validate_on_submit():
        raw = dict(form.data, eligibility_confirmed=form.text_capable_phone.data and form.reads_english.data)
        token = request.form.get("token", "")
        try:
            participant = enrolment.enrol(db.session(), raw, config.current(), current_user.id, token=token)
        except submissions.AlreadySubmitted as error:
            db.session().rollback()
            flash(f"{error} The participant is enrolled; find them in this list.", "info")
            return redirect(url_for(".index"))
        except submissions.MissingToken as error:
            db.session().rollback()
            flash(f"Nothing was saved. {error}", "error")
            return render_template("participants/new.html", form=form), 400
        except enrolment.EnrolmentError as error:
            for name, message in error.errors.items():
                getattr(form, name).errors = [message]
            flash("Nothing was saved. Please correct the marked fields.", "error")
            return render_template("participants/new.html", form=form), 400
        flash(f"Enrolled {participant.study_id}.", "info")
        return redirect(url_for(".show", study_id=participant.study_id))
    return render_template("participants/new.html", form=form), 400 if form.errors else 200


@bp.get("/<study_id>")
@require("participants")
def show(study_id: str):
    """One participant's whole picture: facts, timeline, appointments, texts, queue, follow-up (audited)."""
    session = db.session()
    participant = _get_or_404(study_id)
    audit_view(target=("participant", study_id))
    story = participant_story.story(session, participant, content(), config.current())
    return render_template(
        "participants/show.html",
        participant=participant,
        story=story,
        events=participant_reads.timeline(session, participant, show_arm=may(current_user, "participants")),
        show_arm=may(current_user, "participants"),
        missing=randomize.missing_steps(participant),
        confirm=ConfirmForm(),
        can_enrol=may(current_user, "enrol"),
        can_open_items=may(current_user, "supervise"),
        contact_types=contacts.CONTACT_TYPES,
        appointment_form=AppointmentForm(),
        zone=ZoneInfo(participant.tz),
        now=clock.now(),
        peer=session.get(StaffUser, participant.peer_worker_id) if participant.peer_worker_id else None,
        can_assign=current_user.has_role(Role.SUPERVISOR, Role.ADMIN),
        peer_roles=peer_roles.for_settings(config.current()),
    )


@bp.route("/<study_id>/edit", methods=["GET", "POST"])
@require("enrol")
def edit(study_id: str):
    """Correct enrolment details typed wrong; refused once the participant is randomised."""
    session = db.session()
    participant = _get_or_404(study_id)
    form = EnrolmentDetailsForm(data=corrections.current(participant))
    form.offer_sites(enrolment.open_sites(session, config.current()))
    if form.validate_on_submit():
        try:
            changed = corrections.correct(session, study_id, form.data, config.current(), current_user.id)
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
    audit_view(target=("participant", study_id))
    return render_template("participants/edit.html", participant=participant, form=form)


@bp.post("/<study_id>/appointments")
@require("enrol")
def add_appointment(study_id: str):
    """Add an appointment; texting arms get a reminder the day before."""
    participant = _get_or_404(study_id)
    return _appointment_form("added", lambda form: appointments.add(
        db.session(), participant, form.when.data, form.location.data, current_user.id
    ), study_id)  # fmt: skip


@bp.post("/<study_id>/appointments/<int:appointment_id>")
@require("enrol")
def edit_appointment(study_id: str, appointment_id: int):
    """Move an appointment or change where it is."""
    participant = _get_or_404(study_id)
    return _appointment_form("changed", lambda form: appointments.edit(
        db.session(), participant, appointment_id, form.when.data, form.location.data, current_user.id
    ), study_id)  # fmt: skip


def _appointment_form(done: str, service, study_id: str):
    """Validate the appointment form, call `service` with it, say how it went, back to the page."""
    form = AppointmentForm()
    if form.validate_on_submit():
        try:
            service(form)
            flash(f"Appointment {done}.", "info")
        except appointments.AppointmentError as error:
            flash(f"Appointment not {done}: {error}.", "error")
    else:
        flash(f"Appointment not {done}: check the form.", "error")
    return redirect(url_for(".show", study_id=study_id))


@bp.post("/<study_id>/appointments/<int:appointment_id>/cancel")
@require("enrol")
def cancel_appointment(study_id: str, appointment_id: int):
    """Cancel an appointment and its planned reminder."""
    participant = _get_or_404(study_id)
    if ConfirmForm().validate_on_submit():
        try:
            appointments.cancel(db.session(), participant, appointment_id, current_user.id)
            flash("Appointment cancelled.", "info")
        except appointments.AppointmentError as error:
            flash(f"Appointment not cancelled: {error}.", "error")
    return redirect(url_for(".show", study_id=study_id))


@bp.post("/<study_id>/steps/<step>")
@require("enrol")
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
@require("enrol")
def randomize_view(study_id: str):
    """Confirm, then open the next sealed envelope. Refusals say what is missing."""
    participant = _get_or_404(study_id)
    form = ConfirmForm()
    if form.validate_on_submit():
        try:
            allocation = randomize.randomize(db.session(), study_id, config.current(), current_user.id)
        except randomize.RandomizeError as error:
            flash(f"Not randomised: {error}.", "error")
            return redirect(url_for(".show", study_id=study_id))
        flash(f"{study_id} is randomised to {allocation.arm.value}.", "info")
        return redirect(url_for(".show", study_id=study_id))
    audit_view(target=("participant", study_id))
    return render_template(
        "participants/randomize.html",
        participant=participant,
        form=form,
        missing=randomize.missing_steps(participant),
    )


@bp.route("/<study_id>/withdraw", methods=["GET", "POST"])
@require("enrol")
def withdraw(study_id: str):
    """Withdraw from the intervention or the study, with a reason; data is kept."""
    participant = _get_or_404(study_id)
    form = WithdrawForm()
    if participant.withdrawal_kind is WithdrawalKind.INTERVENTION and request.method == "GET":
        form.kind.data = WithdrawalKind.STUDY.value  # the only step left
    if form.validate_on_submit():
        kind = WithdrawalKind(form.kind.data)
        try:
            participants.withdraw(db.session(), study_id, form.reason.data, current_user.id, kind)
        except participants.ParticipantError as error:
            flash(str(error), "error")
        else:
            flash(WITHDRAWN_MESSAGES[kind].format(study_id=study_id), "info")
        return redirect(url_for(".show", study_id=study_id))
    audit_view(target=("participant", study_id))
    return render_template(
        "participants/withdraw.html", participant=participant, form=form
    ), 400 if form.errors else 200


def _get_or_404(study_id: str):
    try:
        return participants.get(db.session(), study_id)
    except participants.ParticipantError:
        abort(404)
