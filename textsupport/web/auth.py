"""Sign in and sign out."""

from __future__ import annotations

import hashlib
from urllib.parse import urlsplit

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_limiter.util import get_remote_address
from flask_login import current_user
from limits import parse_many

from textsupport import config, db
from textsupport.services.staff import recovery, users
from textsupport.web import kept_forms, signed_in
from textsupport.web.extensions import limiter
from textsupport.web.forms import LoginForm

bp = Blueprint("auth", __name__)


# One address may be a whole clinic: its ceiling is this many times one account's limit.
ADDRESS_FACTOR = 10
# One account from every address together (guessing spread over many addresses): this many times.
ACCOUNT_FACTOR = 3


def _login_limit() -> str:
    return config.current().login_rate_limit


def _scaled(factor: int) -> str:
    """LOGIN_RATE_LIMIT times `factor`: '10 per minute' times 10 -> '100 per 1 minute'."""
    items = parse_many(_login_limit())
    return ";".join(f"{item.amount * factor} per {item.multiples} {item.GRANULARITY.name}" for item in items)


def _address_limit() -> str:
    return _scaled(ADDRESS_FACTOR)


def _account_limit() -> str:
    return _scaled(ACCOUNT_FACTOR)


def _account() -> str:
    """The account typed, lower case and hashed: no email in the limiter's store."""
    email = (request.form.get("email") or "").strip().lower()
    return hashlib.sha256(email.encode()).hexdigest()[:24]


def _account_at_address() -> str:
    """The account typed and the client address (the real one behind PROXY_COUNT proxies)."""
    return f"{_account()}@{get_remote_address()}"


@bp.route("/login", methods=["GET", "POST"])
@limiter.limit(_login_limit, key_func=_account_at_address, methods=["POST"], scope="account_at_address")
@limiter.limit(_account_limit, key_func=_account, methods=["POST"], scope="account")
@limiter.limit(_address_limit, methods=["POST"], scope="address")
def login():
    """The sign-in form; a wrong email or password gets one message that reveals neither."""
    if current_user.is_authenticated:
        return redirect(url_for("staff.home"))
    form = LoginForm()
    if form.validate_on_submit():
        user = users.authenticate(
            db.session(),
            form.email.data,
            form.password.data,
            ip=request.remote_addr,
            code=form.code.data,
            secret_key=config.current().secret_key,
        )
        if user is not None:
            kept = kept_forms.take()  # what a form sent while signed out held, if any
            signed_in.sign_in(user)  # a new session, on the server and in the cookie
            if user.has_mfa and recovery.normalise(form.code.data):
                left = recovery.remaining(db.session(), user.id)
                flash(f"You signed in with a recovery code: {left} of {recovery.COUNT} left.", "info")
            target = _safe_next(request.args.get("next"))
            kept_forms.put_back(kept, target)
            return redirect(target)
        flash(
            "That email and password do not match an active account, or the authenticator code is "
            "missing, wrong or already used.",
            "error",
        )
    status = 400 if form.errors else 200
    return render_template("login.html", form=form), status


@bp.post("/logout")
def logout():
    """End the session on the server and in the browser (POST, so a link cannot sign anyone out)."""
    signed_in.sign_out()
    flash("You are signed out.", "info")
    return redirect(url_for("auth.login"))


def _safe_next(target: str | None) -> str:
    """Follow ?next= only within this site."""
    if target and not urlsplit(target).netloc and target.startswith("/") and not target.startswith("//"):
        return target
    return url_for("staff.home")
