"""The staff landing page."""

from __future__ import annotations

from flask import Blueprint, render_template
from flask_login import current_user, login_required

bp = Blueprint("staff", __name__)


@bp.get("/")
@login_required
def home():
    """Where every staff member lands after signing in."""
    return render_template("home.html", user=current_user)
