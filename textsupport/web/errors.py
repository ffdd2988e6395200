"""Friendly error pages; JSON for /healthz-style clients is handled by the views themselves."""

from __future__ import annotations

from flask import Flask, render_template
from werkzeug.exceptions import HTTPException

PAGES = {
    400: ("Bad request", "Something in that request was not right. Please go back and try again."),
    403: ("Not allowed", "Your account does not have access to this page. The attempt has been logged."),
    404: ("Not found", "There is no page at this address."),
    429: ("Too many attempts", "Please wait a minute before trying again."),
}


def init_app(app: Flask) -> None:
    """Render the known HTTP errors with the staff layout."""
    for code in PAGES:
        app.register_error_handler(code, _page)


def _page(error: HTTPException):
    title, message = PAGES[error.code]
    return render_template("error.html", code=error.code, title=title, message=message), error.code
