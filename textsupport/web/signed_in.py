"""Who is signed in: the cookie carries a session token only; the server's row decides.

Flask-Login's `current_user` comes from the staff_sessions row the token names (request_loader);
no user id is kept in the cookie. Signing in always starts a new row (a new id), and signing out
ends the row on the server, so a copied cookie opens nothing afterwards.
"""

from __future__ import annotations

from flask import Flask, g, request, session
from flask_login import current_user, logout_user

from textsupport import config, db
from textsupport.models import StaffSession, StaffUser
from textsupport.services.staff import sessions
from textsupport.web.extensions import login_manager

KEY = "sid"
# Requests a page makes by itself: they show the page is open, not that anyone is there.
BACKGROUND = {"queue.index": "partial"}  # endpoint: the argument that marks its refresh


def init_app(app: Flask) -> None:
    """Load the signed-in account from the server-side session on each request."""
    login_manager.request_loader(_load)


def client() -> sessions.Client:
    """This request's client address and browser."""
    return sessions.Client.of(request.remote_addr, request.headers.get("User-Agent"))


def background() -> bool:
    """True for a page's own refresh (the queue list), which must not keep a session alive."""
    argument = BACKGROUND.get(request.endpoint or "")
    return argument is not None and bool(request.args.get(argument))


def _load(_request) -> StaffUser | None:
    token = session.get(KEY)
    if not token:
        return None
    found = sessions.current(db.session(), config.current(), token, client(), active=not background())
    if found is None:
        session.pop(KEY, None)
        return None
    g.staff_session, user = found
    return user


def sign_in(user: StaffUser) -> None:
    """A fresh cookie session holding a new server-side session for `user` (no fixation)."""
    second_factor = user.has_mfa  # authenticate() checked the code when there is one
    use(sessions.start(db.session(), user.id, client(), second_factor=second_factor))


def use(token: str) -> None:
    """A fresh cookie holding only `token`, a session just opened on the server (no fixation)."""
    session.clear()  # whatever the browser held before (a planted cookie included) is gone
    session.permanent = True  # the cookie's own expiry follows SESSION_IDLE_MINUTES too
    session[KEY] = token


def sign_out() -> None:
    """End the session on the server and forget the cookie's contents."""
    token = session.get(KEY)
    if token:
        sessions.end(db.session(), token)
    logout_user()
    session.clear()


def forget() -> None:
    """After the server ended this session (MFA set-up): clear the cookie's contents too."""
    logout_user()
    session.clear()


def current_session() -> StaffSession | None:
    """The signed-in request's session row, or None."""
    return g.get("staff_session") if current_user.is_authenticated else None
