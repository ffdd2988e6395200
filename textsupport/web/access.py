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
    "queue": QUEUE_WORKERS,  # the reply queue, its items, the shift switch, one's own check-ins and fidelity
    # workload, assigning peers, the Resolved tab, training, recognition, check-ins, everyone's fidelity
    "supervise": SUPERVISING,
    "trial": ENROLLING,  # the trial dashboard: pooled figures; split by arm for admins only
    # A participant's phone: those who already read any participant's texts; a peer worker only their
    # own practice set's phones (services/ops/simulator.py, practising_only), so any other is a 404.
    "simulator": (*PARTICIPANT_VIEWERS, Role.PEER_WORKER),
}


# Every route's access, by endpoint: a row of PAGES, or one of these three. Routes enforce it with
# their decorators; tests/web/test_access_matrix.py requests every route as anonymous and as each
# role, holds the answers to this table, and fails on a route that has no row here.
PUBLIC = "public"  # anyone: sign-in, health, static files
SIGNED_IN = "signed_in"  # any signed-in account: home, sign-out, two-step set-up
TWILIO = "twilio"  # no account: a valid X-Twilio-Signature, else 403 with an audit row
ROUTES: dict[str, str] = {
    "static": PUBLIC,
    "auth.login": PUBLIC,
    "health.healthz": PUBLIC,
    "auth.logout": SIGNED_IN,
    "staff.home": SIGNED_IN,
    "mfa.setup": SIGNED_IN,
    "mfa.turn_off": SIGNED_IN,
    "own_account.index": SIGNED_IN,
    "own_account.change_password": SIGNED_IN,
    "own_account.end_session": SIGNED_IN,
    "own_account.end_others": SIGNED_IN,
    "webhooks.sms": TWILIO,
    "webhooks.status": TWILIO,
    "staff.audit_log": "admin",
    "staff.resume_sending": "admin",
    "accounts.index": "admin",
    "accounts.new": "admin",
    "accounts.show": "admin",
    "accounts.set_role": "admin",
    "accounts.set_active": "admin",
    "accounts.reset_password": "admin",
    "accounts.reset_mfa": "admin",
    "allocations.index": "admin",
    "allocations.generate": "admin",
    "allocations.import_table": "admin",
    "allocations.export": "admin",
    "participants.index": "participants",
    "participants.show": "participants",
    "participants.new": "enrol",
    "participants.edit": "enrol",
    "participants.add_appointment": "enrol",
    "participants.edit_appointment": "enrol",
    "participants.cancel_appointment": "enrol",
    "participants.record_step": "enrol",
    "participants.randomize_view": "enrol",
    "participants.withdraw": "enrol",
    "assessments.index": "follow_up",
    "assessments.export": "follow_up",
    "assessments.complete": "follow_up",
    "queue.index": "queue",
    "queue.shift": "queue",
    "queue.item": "queue",
    "queue.reply": "queue",
    "queue.act": "queue",
    "queue.retag": "queue",
    "queue.resolved_list": "supervise",
    "practice.reset": "supervise",
    "workload.index": "supervise",
    "workload.assign": "supervise",
    "programme.training": "supervise",
    "programme.record": "supervise",
    "recognition.index": "supervise",
    "recognition.export": "supervise",
    "fidelity.index": "queue",  # a peer worker: their own report only (another's is refused, audited)
    "fidelity.export": "queue",
    "checkins.index": "supervise",
    "checkins.record": "supervise",
    "checkins.worker": "supervise",
    "checkins.mine": "queue",
    "checkins.debrief": "queue",
    "trial.index": "trial",
    "trial.consort_svg": "trial",
    "research_export.download": "admin",
    "simulator.index": "simulator",
    "simulator.text": "simulator",
    "simulator.next_day": "simulator",
}


# Views of personal data, by endpoint, with the audit action each writes (with the viewer) whenever it
# answers: participants' names, phones and texts, staff accounts, supervision notes, the audit log,
# and exports.
# tests/web/test_access_matrix.py opens every page over real data and fails on a page that shows a
# participant's name, phone or text without a row here, and on a page here that writes no audit row.
PERSONAL: dict[str, str] = {
    "participants.index": "view_participants",
    "participants.show": "view_participant",
    "participants.edit": "view_participant",
    "participants.randomize_view": "view_participant",
    "participants.withdraw": "view_participant",
    "queue.index": "view_queue",
    "queue.item": "view_queue_item",
    "queue.resolved_list": "view_resolved_queue",
    "assessments.index": "view_follow_up",
    "assessments.export": "export_assessments",
    "allocations.export": "allocations_export",
    "accounts.index": "view_accounts",
    "accounts.show": "view_account",
    "staff.audit_log": "view_audit_log",
    "simulator.index": "view_simulator",
    "recognition.index": "view_recognition",  # peer workers' own figures: staff records, not participants'
    "recognition.export": "export_recognition",
    "fidelity.index": "view_fidelity",  # peer workers' contacts by role: staff records, not participants'
    "fidelity.export": "export_fidelity",
    "checkins.worker": "view_supervision_notes",  # a peer worker's private supervision notes
    "research_export.download": "research_export",  # a pseudonymous one; identifiable: ..._identifiable
}


def audit_view(target: tuple[str, str | int] | None = None, *, page: str | None = None, **data) -> None:
    """Audit a view of personal data under the PERSONAL action of `page` (default: this request's
    endpoint; a form's error re-shows another endpoint's page), committed at once."""
    audit.record_now(
        db.session(),
        PERSONAL[page or request.endpoint],
        AuditOutcome.OK,
        actor_id=current_user.id,
        target=target,
        ip=request.remote_addr,
        **data,
    )


def require(page: str) -> Callable:
    """Decorate a view with the roles of its row in PAGES."""
    return require_role(*PAGES[page])


def may(user: StaffUser, page: str) -> bool:
    """Whether `user` may open the pages of this row (for links and sections on other pages)."""
    return user.has_role(*PAGES[page])
