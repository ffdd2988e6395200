"""Friendly error pages; JSON for /healthz-style clients is handled by the views themselves."""

from __future__ import annotations

import math
import time
from datetime import timedelta

from flask import Flask, render_template
from flask_limiter.util import get_remote_address
from werkzeug.exceptions import HTTPException

from textsupport.web.extensions import limiter
from textsupport.web.filters import duration

PAGES = {
    400: ("Bad request", "Something in that request was not right. Please go back and try again."),
    403: ("Not allowed", "Your account does not have access to this page. The attempt has been logged."),
    404: ("Not found", "There is no page at this address."),
    405: ("Not available this way", "This address only takes a form's button. Go back and use the button."),
    413: ("Too large", "That was more than this site takes in one request. Nothing was saved."),
    429: ("Too many attempts", "Please wait a minute before trying again."),
    500: (
        "Something went wrong",
        "The error was on our side and has been logged. Go back and try again; if it happens again, "
        "tell the study team what you were doing.",
    ),
}


def init_app(app: Flask) -> None:
    """Render the known HTTP errors with the staff layout."""
    for code in PAGES:
        app.register_error_handler(code, _page)


def _page(error: HTTPException):
    title, message = PAGES[error.code]
    if error.description != type(error).description:  # a message of our own (abort(400, description=))
        message = error.description
    if error.code == 429:
        message = _try_again()
    return render_template("error.html", code=error.code, title=title, message=message), error.code


def _try_again() -> str:
    """When the breached limit lets this account try again, in whole minutes ('try again in 1 min')."""
    breached = limiter.current_limit
    if breached is None:
        return PAGES[429][1]
    # The limiter counts in real time (not TEXTSUPPORT_NOW), so say how long, not what o'clock.
    # reset_at is rounded up to the next whole second (int(reset + 1)): take that second back, and
    # never say more than the limit's own window ("2 min" for a per-minute limit was that second).
    seconds = min(breached.reset_at - 1 - time.time(), breached.limit.get_expiry())
    wait = duration(timedelta(minutes=max(1, math.ceil(seconds / 60))))
    key = breached.request_args[0]  # web/auth.py: the address, the account, or account@address
    if key == get_remote_address():  # the whole address's ceiling
        return f"Too many sign-in attempts from this address. Please try again in {wait}."
    if "@" not in key:  # the account's, from every address together
        return f"Too many sign-in attempts for this account. Please try again in {wait}."
    return (
        "Too many sign-in attempts for this account from this address. "
        f"Please try again in {wait}. Other accounts can still sign in."
    )
