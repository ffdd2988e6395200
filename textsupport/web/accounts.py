"""Staff accounts for admins: list, create, deactivate, reactivate, set a role, reset a password or
two-step sign-in.

A generated password is shown once, on the page that answers the form (never flashed, so it is
not kept in the session cookie), with Cache-Control: no-store.
"""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user
from werkzeug.datastructures import MultiDict

from textsupport import clock, db, passwords
from textsupport.models import Role
from textsupport.services.staff import accounts
from textsupport.services.staff.users import UserError
from textsupport.web import kept_forms
from textsupport.web.access import audit_view, require
from textsupport.web.forms import AccountForm, ConfirmForm, MfaResetForm, PasswordForm, RoleForm

bp = Blueprint("accounts", __name__, url_prefix="/accounts")
NO_STORE = {"Cache-Control": "no-store"}


@bp.context_processor
def _password_rules() -> dict:
    return {"min_length": passwords.MIN_LENGTH}


@bp.get("/")
@require("admin")
def index():
    """Every staff account: role, active, two-step sign-in, last sign-in."""
    rows = accounts.listing(db.session())
    audit_view(rows=len(rows))
    return render_template("accounts/index.html", rows=rows, now=clock.now())


@bp.route("/new", methods=["GET", "POST"])
@require("admin")
def new():
    """Create an account; bad input is refused with the reason and the form keeps what was typed."""
    kept = kept_forms.restore() if request.method == "GET" else {}  # typed before a sign-out
    form = AccountForm(formdata=MultiDict(kept)) if kept else AccountForm()
    if form.validate_on_submit():
        try:
            user, generated = accounts.create(
                db.session(),
                current_user.id,
                form.email.data or "",
                form.display_name.data or "",
                form.role.data or "",
                form.phone.data or "",
                form.password.data or "",
            )
        except UserError as error:
            return _refused(form, error, "accounts/new.html")
        return _done(user, generated, f"Account created for {user.email}.")
    return render_template("accounts/new.html", form=form), 400 if form.errors else 200


@bp.get("/<int:user_id>")
@require("admin")
def show(user_id: int):
    """One account with its role, active and password forms."""
    return _account_page(user_id)


@bp.post("/<int:user_id>/role")
@require("admin")
def set_role(user_id: int):
    """Give the account another role (the last active admin keeps theirs)."""
    form = RoleForm()
    if form.validate_on_submit():
        try:
            user = accounts.set_role(db.session(), current_user.id, user_id, form.role.data or "")
        except UserError as error:
            return _refused_here(user_id, error)
        flash(f"{user.email} is now {user.role.value}.", "success")
        if user.id == current_user.id and user.role is not Role.ADMIN:
            return redirect(url_for("staff.home"))  # this page is for admins only now
    return redirect(url_for(".show", user_id=user_id))


@bp.post("/<int:user_id>/active")
@require("admin")
def set_active(user_id: int):
    """Deactivate or reactivate the account (never your own)."""
    active = request.form.get("active") == "1"
    if ConfirmForm().validate_on_submit():
        try:
            user = accounts.set_active(db.session(), current_user.id, user_id, active)
        except UserError as error:
            return _refused_here(user_id, error)
        flash(f"{user.email} is {'active again' if active else 'deactivated: it cannot sign in'}.", "success")
    return redirect(url_for(".show", user_id=user_id))


@bp.post("/<int:user_id>/password")
@require("admin")
def reset_password(user_id: int):
    """Set a new password: typed by the admin, or generated and shown once."""
    form = PasswordForm()
    if form.validate_on_submit():
        try:
            typed = form.password.data or ""
            generated = accounts.reset_password(db.session(), current_user.id, user_id, typed)
        except UserError as error:
            return _refused_here(user_id, error, password_form=form)
        user = accounts.get(db.session(), user_id)
        return _done(user, generated, f"New password set for {user.email}.")
    return redirect(url_for(".show", user_id=user_id))


@bp.post("/<int:user_id>/mfa")
@require("admin")
def reset_mfa(user_id: int):
    """Turn another account's two-step sign-in off, with a reason; its sessions end."""
    form = MfaResetForm()
    if not form.validate_on_submit():
        return _refused_here(
            user_id, UserError("Say why: the reason is kept in the audit log."), mfa_form=form
        )
    try:
        user = accounts.reset_mfa(db.session(), current_user.id, user_id, form.reason.data or "")
    except UserError as error:
        return _refused_here(user_id, error, mfa_form=form)
    flash(f"Two-step sign-in is off for {user.email}; they are signed out everywhere.", "success")
    return redirect(url_for(".show", user_id=user_id))


def _account_page(
    user_id: int, status: int = 200, error: str | None = None, password_form=None, mfa_form=None
):
    user = accounts.get(db.session(), user_id)
    if user is None:
        abort(404)
    role_form = RoleForm(formdata=None, role=user.role.value)
    audit_view(target=("staff_user", user.id), page="accounts.show")
    return render_template(
        "accounts/show.html",
        user=user,
        role_form=role_form,
        confirm=ConfirmForm(),
        password_form=password_form or PasswordForm(formdata=None),
        mfa_form=mfa_form or MfaResetForm(formdata=None),
        error=error,
        is_self=user.id == current_user.id,
        now=clock.now(),
    ), status


def _done(user, generated: str | None, message: str):
    """After a create or reset: the generated password shown once, or back to the account."""
    if generated is None:
        flash(message, "success")
        return redirect(url_for(".show", user_id=user.id))
    page = render_template("accounts/password.html", user=user, password=generated, message=message)
    return page, 200, NO_STORE


def _refused(form, error: UserError, template: str):
    db.session().rollback()
    field = getattr(form, error.field, None) if error.field else None
    if field is not None:
        field.errors = [*field.errors, str(error)]
    flash(f"Nothing was saved: {error}.", "error")
    return render_template(template, form=form), 400


def _refused_here(user_id: int, error: UserError, password_form=None, mfa_form=None):
    db.session().rollback()
    if password_form is not None and error.field == "password":
        password_form.password.errors = [str(error)]
    return _account_page(user_id, 400, error=str(error), password_form=password_form, mfa_form=mfa_form)
