"""Your own account: two-step sign-in, your password, your open sessions and your latest sign-ins,
so a sign-in you did not make shows and can be ended."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required

from textsupport import clock, config, db, passwords
from textsupport.services.staff import sessions, users
from textsupport.services.staff.users import UserError
from textsupport.web import signed_in
from textsupport.web.extensions import limiter
from textsupport.web.forms import ChangePasswordForm, ConfirmForm, EndSessionForm

bp = Blueprint("own_account", __name__, url_prefix="/account")
# What an account whose password an admin set may open before choosing its own.
OPEN_BEFORE_OWN_PASSWORD = {
    "own_account.index",
    "own_account.change_password",
    "auth.logout",
    "auth.login",
    "static",
    "health.healthz",
}


def _limit() -> str:
    return config.current().login_rate_limit  # guessing the current password counts like signing in


def _account() -> str:
    return f"account-{getattr(current_user, 'id', None)}"  # limits are checked before login_required


@bp.before_app_request
def enforce_own_password():
    """An account whose password an admin set (new, or reset) opens nothing but this page, to choose
    its own, and sign-out (ASVS 6.2.2: the admin has seen the password)."""
    if request.endpoint in OPEN_BEFORE_OWN_PASSWORD or request.blueprint == "webhooks":
        return None  # checked first: a webhook never loads a user
    if not current_user.is_authenticated or not current_user.must_change_password:
        return None
    flash("Choose your own password to continue: an admin set the one you signed in with.", "error")
    return redirect(url_for("own_account.index"))


@bp.get("/")
@login_required
def index():
    """Your open sessions, to end the others; the password form; your latest sign-ins."""
    return _page()


@bp.post("/password")
@login_required
@limiter.limit(_limit, key_func=_account, scope="change_password")
def change_password():
    """Change your own password: every other session of yours ends and this one gets a new id."""
    form = ChangePasswordForm()
    if not form.validate_on_submit():
        return _page(400, password_form=form)
    if form.password.data != form.again.data:
        form.again.errors = ["the two new passwords differ: type the same one twice"]
        return _page(400, password_form=form)
    try:
        token = users.change_password(
            db.session(),
            current_user.id,
            form.current_password.data,
            form.password.data,
            signed_in.client(),
            second_factor=signed_in.current_session().second_factor,
        )
    except UserError as error:
        db.session().rollback()
        getattr(form, error.field or "password").errors = [str(error)]
        return _page(400, password_form=form)
    signed_in.use(token)
    flash("Your password is changed. Every other session of yours has ended.", "success")
    return redirect(url_for(".index"))


@bp.post("/sessions/end")
@login_required
def end_session():
    """End one of your other sessions (never this one: that is Sign out)."""
    form = EndSessionForm()
    if not form.validate_on_submit():
        return _page(400)
    this = signed_in.current_session().id
    ended = sessions.end_own(db.session(), current_user.id, this, form.which.data)
    flash("That session has ended." if ended else "That session had already ended.", "success")
    return redirect(url_for(".index"))


@bp.post("/sessions/end-others")
@login_required
def end_others():
    """End every session of yours but this one."""
    if ConfirmForm().validate_on_submit():
        ended = sessions.end_own(db.session(), current_user.id, signed_in.current_session().id)
        flash(f"{ended} other session{'' if ended == 1 else 's'} ended.", "success")
    return redirect(url_for(".index"))


def _page(status: int = 200, password_form: ChangePasswordForm | None = None):
    settings, now = config.current(), clock.now()
    user_id = current_user.id
    rows = [
        (row, sessions.is_open(row, settings, now)) for row in sessions.recent_sign_ins(db.session(), user_id)
    ]
    return render_template(
        "account.html",
        rows=rows,
        open_sessions=sessions.open_ones(db.session(), settings, user_id),
        this_session=signed_in.current_session().id,
        password_form=password_form or ChangePasswordForm(formdata=None),
        end_form=EndSessionForm(formdata=None),
        confirm=ConfirmForm(),
        min_length=passwords.MIN_LENGTH,
    ), status
