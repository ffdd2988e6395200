"""Who may open which page: login required, the right role, refusals audited."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from flask import abort, request
from flask_login import current_user, login_required

from textsupport import db
from textsupport.models import AuditOutcome, Role
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
