"""Flask extensions, created unbound here and bound to each app in create_app."""

from __future__ import annotations

from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_login import LoginManager
from flask_wtf import CSRFProtect

csrf = CSRFProtect()
limiter = Limiter(key_func=get_remote_address, default_limits=[])
login_manager = LoginManager()
login_manager.login_view = "auth.login"
login_manager.login_message = "Please sign in to see that page."
# The server-side session (web/signed_in.py) binds a session to its browser; Flask-Login's own
# protection hashes a spoofable X-Forwarded-For and only marks a permanent session not fresh.
login_manager.session_protection = None
