"""Flask extensions, created unbound here and bound to each app in create_app."""

from __future__ import annotations

from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_login import LoginManager
from flask_wtf import CSRFProtect

from textsupport import db
from textsupport.models import StaffUser

csrf = CSRFProtect()
limiter = Limiter(key_func=get_remote_address, default_limits=[])
login_manager = LoginManager()
login_manager.login_view = "auth.login"
login_manager.login_message = "Please sign in to see that page."
login_manager.session_protection = "strong"


@login_manager.user_loader
def load_user(user_id: str) -> StaffUser | None:
    """The signed-in account, if it still exists and is active."""
    user = db.session().get(StaffUser, int(user_id))
    return user if user is not None and user.is_active else None
