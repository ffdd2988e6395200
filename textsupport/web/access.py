"""Who may open which page: login required, the right role, refusals audited."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from flask import abort, request
from flask_login import current_user, login_required

from textsupport import db
from textsupport.models import (
    ADMINS,
    ENROLLING,
    FOLLOW_UP,
    PARTICIPANT_VIEWERS,
    QUEUE_WORKERS,
    SUPERVISING,
    AuditOutcome,
    Role,
    StaffUser,
)
from textsupport.services.staff import audit


def require_role(*roles: Role) -> Callable:
    """Decorate a view: signed in, holding one of `roles`; anyone else gets 403 and an audit row."""

    def decorate(view: Callable) -> Callable:
        @wraps(view)
        @login_required
        def guarded(*args, **kwargs):
            if not current_user.has_role(*roles):
                audit.record_now(
                    db.session(),
                    "access_denied",
                    AuditOutcome.DENIED,
                    actor_id=current_user.id,
                    ip=request.remote_addr,
                    detail=request.path,
                )
                abort(403)
            return view(*args, **kwargs)

        return guarded

    return decorate


# The one table of who opens which pages. Routes name a row with `require`; templates ask `may`.
PAGES: dict[str, tuple[Role, ...]] = {
    "admin": ADMINS,  # allocations, staff accounts, the audit log
    "enrol": ENROLLING,  # enrol, correct details, randomise, withdraw, appointments
    "participants": PARTICIPANT_VIEWERS,  # find and open participants (the arm shown once randomised)
    "follow_up": FOLLOW_UP,  # the follow-up list and its CSV
    "queue": QUEUE_WORKERS,  # the reply queue, its items and the shift switch
    "supervise": SUPERVISING,  # workload, assigning peers, the Resolved tab
}


def require(page: str) -> Callable:
    """Decorate a view with the roles of its row in PAGES."""
    return require_role(*PAGES[page])


def may(user: StaffUser, page: str) -> bool:
    """Whether `user` may open the pages of this row (for links and sections on other pages)."""
    return user.has_role(*PAGES[page])
