"""Two-step sign-in: set up an authenticator app, turn it off, and require it where configured."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required

from textsupport import config, db
from textsupport.services.staff import mfa
from textsupport.web import signed_in
from textsupport.web.forms import MfaForm

bp = Blueprint("mfa", __name__, url_prefix="/account")
OPEN_WITHOUT_MFA = {
    "mfa.setup",
    "mfa.turn_off",
    "own_account.index",
    "auth.logout",
    "auth.login",
    "static",
    "health.healthz",
}


@bp.route("/mfa", methods=["GET", "POST"])
@login_required
def setup():
    """Show a new key for the authenticator app; a correct code turns MFA on, ends every session of the
    account and shows the recovery codes this once."""
    form = MfaForm()
    if current_user.has_mfa:
        return render_template("mfa.html", form=form, enrolled=True)
    settings = config.current()
    session_id = signed_in.current_session().id
    secret = mfa.pending_secret(db.session(), settings.secret_key, session_id)
    if form.validate_on_submit():
        try:
            codes = mfa.enrol(db.session(), settings.secret_key, current_user.id, session_id, form.code.data)
        except mfa.MfaError as error:
            db.session().rollback()
            form.code.errors.append(str(error))
        else:
            signed_in.forget()  # the server ended this session with every other of the account
            return render_template("mfa_codes.html", codes=codes)  # never flashed: not in the cookie
    uri = mfa.setup_uri(secret, current_user.email, settings.program_name)
    key = " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))
    status = 400 if form.errors else 200
    return render_template("mfa.html", form=form, enrolled=False, key=key, uri=uri), status


@bp.post("/mfa/off")
@login_required
def turn_off():
    """Turn MFA off with a current code (refused where MFA is required)."""
    form = MfaForm()
    if required():
        flash("Two-step sign-in is required here and cannot be turned off.", "error")
        return redirect(url_for("mfa.setup"))
    if form.validate_on_submit():
        try:
            mfa.disable(db.session(), config.current().secret_key, current_user.id, form.code.data)
        except mfa.MfaError as error:
            flash(str(error), "error")
            return redirect(url_for("mfa.setup"))
        flash("Two-step sign-in is off.", "success")
    return redirect(url_for("mfa.setup"))


def required() -> bool:
    """MFA_REQUIRED, which defaults to on in production."""
    return bool(config.current().mfa_required)


@bp.before_app_request
def enforce():
    """Where MFA is required, a session signed in without a code can only set it up (or sign out)."""
    if not required() or request.endpoint in OPEN_WITHOUT_MFA or request.blueprint == "webhooks":
        return None  # checked first: a webhook never loads a user
    if not current_user.is_authenticated or signed_in.current_session().second_factor:
        return None
    if current_user.must_change_password and not current_user.has_mfa:
        return None  # an admin-set password is changed first (web/own_account.py), then MFA set up
    if current_user.has_mfa:  # set up after this session signed in with the password alone
        signed_in.sign_out()
        flash("Sign in again with your password and a code from your authenticator app.", "error")
        return redirect(url_for("auth.login"))
    flash("Set up two-step sign-in to continue: this system holds health information.", "error")
    return redirect(url_for("mfa.setup"))
