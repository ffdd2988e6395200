"""What a person typed survives a lost session; a form sent twice is acted on once.

A form can be refused for the session rather than its content:

- the session expired (SESSION_IDLE_MINUTES; the whole cookie goes, CSRF token included) or the form
  was open longer than its CSRF token lives: Flask-WTF raises CSRFError before any view runs;
- the session still holds a CSRF token but nobody is signed in any more (strong session protection,
  a deactivated account): login_required would redirect to /login.

Either way the form's non-secret fields (never passwords, one-time codes or tokens) are kept in the
session cookie with the path of the page the form came from. That cookie is signed, HttpOnly and
goes only to this browser, so nothing is stored on the server and nothing is logged; fields too
long for a cookie are not kept, but are still shown. A stale CSRF token gets a page showing the
text in read-only boxes to copy, with a link to sign in (next= the form's page); a signed-out form
goes straight to /login with next= its page. Signing in carries the kept fields over into the
fresh session only when next= is their page, and that page fills its form from them once
(`restore`), so someone who signs in on the same browser for anything else never sees them.
A form posted from another site is neither kept nor shown: otherwise any site could fill in a
reply box for a worker to send.

The one-time submission tokens (services/submissions.py) are rendered by `submission_token()`.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from flask import Flask, current_app, flash, redirect, render_template, request, session, url_for
from flask_login import current_user
from flask_wtf.csrf import CSRFError
from werkzeug.datastructures import MultiDict

from textsupport.services.staff import submissions
from textsupport.web.extensions import login_manager
from textsupport.web.forms import LoginForm

KEY = "kept_form"
SECRET_FIELDS = {"csrf_token", "token", "code", "nonce"}  # and any name containing "password"
COOKIE_BUDGET = 3500  # bytes of session cookie value; browsers drop cookies over about 4 KB
# A form that posts to another address: the page it came from (with the URL's own arguments).
FORM_PAGES = {"queue.reply": "queue.item", "queue.act": "queue.item"}
LABELS = {"body": "Your reply", "note": "Note", "reason": "Reason", "minutes": "Minutes", "type": "Type"}
HIDDEN = {"form"}  # kept (it says which form on the page), not shown


def init_app(app: Flask) -> None:
    """Answer stale forms and signed-out posts without losing the text; render submission tokens."""
    app.register_error_handler(CSRFError, stale_form)
    login_manager.unauthorized_handler(signed_out)
    app.add_template_global(submissions.new_token, "submission_token")


def from_this_site() -> bool:
    """True unless the browser says the form came from another site (Sec-Fetch-Site, else Origin)."""
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site is not None:
        return fetch_site in ("same-origin", "none")
    origin = request.headers.get("Origin")
    return origin is None or urlsplit(origin).netloc == request.host


def typed_fields(form: MultiDict) -> dict[str, str | list[str]]:
    """The non-empty, non-secret fields of a submitted form; a field sent more than once (ticked
    boxes) keeps every value, in order, as a list."""
    kept: dict[str, str | list[str]] = {}
    for name, values in form.lists():
        values = [value for value in values if value]
        if values and name not in SECRET_FIELDS and "password" not in name:
            kept[name] = values if len(values) > 1 else values[0]
    return kept


def form_page() -> str | None:
    """The path of the page the submitted form came from; None when that page cannot be opened."""
    endpoint = request.endpoint or ""
    if endpoint in FORM_PAGES:
        return url_for(FORM_PAGES[endpoint], item_id=(request.view_args or {})["item_id"])
    adapter = current_app.url_map.bind("localhost")
    return request.path if adapter.test(request.path, method="GET") else None


def keep(fields: dict[str, str], page: str) -> bool:
    """Keep `fields` for `page` in the session; False (and nothing kept) when they do not fit a cookie."""
    session[KEY] = {"page": page, "fields": fields}
    serializer = current_app.session_interface.get_signing_serializer(current_app)
    if serializer is None or len(serializer.dumps(dict(session))) > COOKIE_BUDGET:
        session.pop(KEY, None)
        return False
    return True


def take() -> dict[str, Any] | None:
    """Remove and return what is kept (before sign-in clears the session)."""
    return session.pop(KEY, None)


def put_back(kept: dict[str, Any] | None, target: str) -> None:
    """After sign-in: keep the fields again only if the person is going back to their form's page."""
    if kept and kept.get("page") == target:
        session[KEY] = kept


def restore() -> dict[str, str | list[str]]:
    """The fields kept for the page being shown, once; empty for any other page."""
    kept = session.get(KEY)
    if not kept or kept.get("page") != request.path:
        return {}
    session.pop(KEY)
    flash("What you typed before you were signed out is filled in below. Check it and send it again.", "info")
    return dict(kept["fields"])


def stale_form(error: CSRFError):
    """The CSRF token is missing or stale: nothing was done; show what was typed and how to send again."""
    fields = typed_fields(request.form) if from_this_site() else {}
    if request.endpoint == "auth.login":
        flash("The sign-in form was open too long. Please sign in again.", "error")
        form = LoginForm(formdata=MultiDict({"email": fields.get("email", "")}))
        return render_template("login.html", form=form), 400
    page = form_page()
    kept = bool(fields) and page is not None and keep(fields, page)
    shown = [(LABELS.get(name, name.replace("_", " ").capitalize()), name, shown_value(value))
             for name, value in fields.items() if name not in HIDDEN]  # fmt: skip
    return render_template(
        "kept.html",
        fields=shown,
        page=page,
        kept=kept,
        signed_in=current_user.is_authenticated,
        login_url=url_for("auth.login", next=page or "/"),
    ), 400


def shown_value(value: str | list[str]) -> str:
    """A kept field as the copy page shows it: each of several values on its own line."""
    return value if isinstance(value, str) else "\n".join(value)


def signed_out():
    """login_required's answer: sign in, then back; a form sent while signed out keeps its fields."""
    if request.method != "POST":
        flash(login_manager.login_message, "message")
        query = request.query_string.decode()
        return redirect(url_for("auth.login", next=request.path + (f"?{query}" if query else "")))
    page = form_page()
    fields = typed_fields(request.form) if from_this_site() else {}
    if fields and (page is None or not keep(fields, page)):
        return stale_form(CSRFError())  # nowhere to put it back, or too long to keep: show it to copy
    flash(
        "You were signed out, so nothing was sent. Sign in and send it again"
        + (": what you typed will be filled in." if fields else "."),
        "error",
    )
    return redirect(url_for("auth.login", next=page or "/"))
