"""The reply queue: tabs of open items (refreshing themselves), and one item's page with its actions."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user

from textsupport import clock, config, content, db, peer_roles, whole_numbers
from textsupport.models import AuditOutcome, Level
from textsupport.services.ops import practice, simulator
from textsupport.services.programme import crisis_limit, role_tags, supervision_reads, training_reads
from textsupport.services.queue import caseload, casework, contacts
from textsupport.services.queue import item_reads as item_facts
from textsupport.services.queue import reads as queue
from textsupport.services.queue import resolved_reads as resolved
from textsupport.services.staff import audit, submissions
from textsupport.web import kept_forms
from textsupport.web.access import may, require

bp = Blueprint("queue", __name__, url_prefix="/queue")
ACTIONS = {  # POST /queue/items/<id>/<action>: (service, form fields it takes, what to say when done)
    "claim": (casework.claim, (), "Claimed: it is yours now."),
    "release": (casework.release, (), "Released back to the queue."),
    "contact": (contacts.log_contact, ("type", "minutes", "note"), "Contact logged."),
    "escalate": (casework.escalate, ("reason",), "Escalated to the supervisors."),
    "resolve": (casework.resolve, ("note",), "Resolved."),
    "signoff": (
        casework.request_signoff,
        ("note",),
        "Sign-off requested: a supervisor will review and resolve it.",
    ),
    "reopen": (casework.reopen, ("reason",), "Reopened."),
}
SETTINGS = {"claim", "reopen", "contact"}  # services that need the settings: training, the crisis limit,
# a fresh SLA, the list of peer roles
TAGGED = {"contact"}  # forms with the peer roles the contact served (checkboxes named "roles")
ONE_TIME = {"contact", "escalate", "resolve", "reopen"}  # forms whose one-time token the service spends


@bp.get("/")
@require("queue")
def index():
    """Open items of one tab by level, then age; ?partial=1 gives only the list, for the refresh."""
    tab = request.args.get("tab") or queue.default_tab(current_user)
    if tab not in queue.TABS:
        abort(404)
    session = db.session()
    rows = queue.open_items(session, current_user, tab)
    counts = queue.counts(session, current_user)
    audit.record_now(  # the list shows participants' texts: every view is audited, refreshes too
        session, "view_queue", AuditOutcome.OK, actor_id=current_user.id, detail=tab, items=len(rows)
    )
    if request.args.get("partial"):
        return render_template(
            "queue/_list.html", rows=rows, counts=counts, tab=tab, tabs=queue.TABS, now=clock.now()
        )
    settings = config.current()
    refusals = training_reads.own_refusals(session, current_user, settings)
    sets = practice.sets(session) if tab == "practice" and may(current_user, "supervise") else None
    # A peer worker with no practice set is told who starts one, not only "Nothing is waiting here".
    no_set = tab == "practice" and sets is None and not practice.current_set(session, current_user.id)
    return render_template(
        "queue/index.html", rows=rows, counts=counts, tab=tab, tabs=queue.TABS, now=clock.now(),
        training_refusals=refusals, practice_sets=sets, no_practice_set=no_set,
        crisis_refusal=crisis_limit.refusal_for(session, current_user, settings, clock.now()),
    )  # fmt: skip


@bp.post("/shift")
@require("queue")
def shift():
    """Go on or off shift; while off, your new items go to the supervisors."""
    on_shift = request.form.get("on_shift") == "1"
    caseload.set_shift(db.session(), current_user, on_shift)
    flash(
        "You are on shift." if on_shift else "You are off shift: new items go to the supervisors.", "success"
    )
    return redirect(url_for("queue.index"))


@bp.get("/items/<int:item_id>")
@require("queue")
def item(item_id: int):
    """One item: the SMS thread, why it was flagged, its history and actions (each view is audited)."""
    return _item_page(item_id)


def _item_page(item_id: int, error: str | None = None, values: dict | None = None, status: int = 200):
    session = db.session()
    found = queue.item_for(session, item_id, current_user)
    if found is None:
        abort(404)
    row, events = found
    values = values or kept_forms.restore()  # what was typed before a sign-out, if this is its page
    thread = queue.thread(session, row)
    names = queue.actors(session, events)
    audit.record_now(
        session, "view_queue_item", AuditOutcome.OK, actor_id=current_user.id, target=("queue_item", item_id)
    )
    page = render_template(
        "queue/item.html",
        row=row,
        events=events,
        names=names,
        thread=thread,
        facts=item_facts.facts(session, row, current_user, content.crisis_lines()),
        can_open_participant=may(current_user, "participants"),
        now=clock.now(),
        error=error,
        values=values or {},
        contact_types=contacts.CONTACT_TYPES,
        reply_max=contacts.REPLY_MAX_CHARS,
        sees_everything=may(current_user, "supervise"),
        debrief_offered=supervision_reads.debrief_offered(session, item_id, current_user),
        practice_phone=row.practice  # the simulator's own rule: may this viewer open that phone?
        and simulator.find(session, row.study_id, config.current(), current_user) is not None
        and may(current_user, "simulator"),
        peer_roles=peer_roles.for_settings(config.current()),
        tags=role_tags.roles_of(session, [event.id for event in events if event.action in queue.RESPONSES]),
    )
    return page, status


@bp.post("/items/<int:item_id>/reply")
@require("queue")
def reply(item_id: int):
    """Send an SMS to the participant through the outbox."""
    form = request.form
    try:
        outbound = contacts.reply(
            db.session(),
            item_id,
            current_user,
            form.get("body", ""),
            form.get("token", ""),
            config.current(),
            roles=form.getlist("roles"),
        )
    except submissions.AlreadySubmitted as error:
        return _already_sent(item_id, error)
    except (casework.CaseworkError, submissions.MissingToken) as error:
        return _refused(item_id, error)
    held = "" if outbound.urgent else " It waits for the end of quiet hours if it is night for them."
    flash(f"Reply queued to send.{held}", "success")
    return _done(item_id, "reply")


@bp.post("/items/<int:item_id>/<action>")
@require("queue")
def act(item_id: int, action: str):
    """Claim, release, log a contact, escalate, resolve, request sign-off or reopen."""
    if action not in ACTIONS:
        abort(404)
    service, fields, done = ACTIONS[action]
    once = {"token": request.form.get("token", "")} if action in ONE_TIME else {}
    if action in SETTINGS:
        once["settings"] = config.current()
    if action in TAGGED:
        once["roles"] = request.form.getlist("roles")
    try:
        service(db.session(), item_id, current_user, *(request.form.get(name, "") for name in fields), **once)
    except submissions.AlreadySubmitted as error:
        return _already_sent(item_id, error)
    except (casework.CaseworkError, submissions.MissingToken) as error:
        return _refused(item_id, error)
    flash(done, "success")
    return _done(item_id, action)


def _done(item_id: int, action: str):
    """Back to the item at an address of its own (?done=...): a redirect to the very page the form
    was on is not kept in Chromium's back/forward cache, and Back should bring the form back as it
    was, with its spent token, so that Send again is told "already sent" instead of acting twice."""
    return redirect(url_for("queue.item", item_id=item_id, done=action))


def _already_sent(item_id: int, error: submissions.AlreadySubmitted):
    """A second send of the same form: nothing was done twice; say so on the item's page."""
    db.session().rollback()
    flash(str(error), "info")
    return redirect(url_for("queue.item", item_id=item_id))


def _refused(item_id: int, error: casework.CaseworkError | submissions.MissingToken):
    """Show the item again with the error and everything typed kept; 404 for someone else's item."""
    db.session().rollback()
    if isinstance(error, casework.NotFound):
        abort(404)
    status = 409 if isinstance(error, casework.Conflict) else 400
    values = request.form.to_dict()
    values["roles"] = request.form.getlist("roles")  # every ticked role, not only the first
    return _item_page(item_id, error=str(error), values=values, status=status)


@bp.post("/events/<int:event_id>/roles")
@require("queue")
def retag(event_id: int):
    """Change the peer roles a reply or logged contact served (its worker or a supervisor; audited)."""
    try:
        item_id = role_tags.retag(
            db.session(), event_id, current_user, request.form.getlist("roles"), config.current()
        )
    except casework.CaseworkError as error:
        item_id = whole_numbers.parse(request.form.get("item_id"), 1, whole_numbers.MAX_ID)
        if isinstance(error, casework.NotFound) or item_id is None:
            db.session().rollback()
            abort(404)
        return _refused(item_id, error)  # the page again, with the roles as they were ticked
    flash("Peer roles saved.", "success")
    return redirect(url_for("queue.item", item_id=item_id, done="roles"))


@bp.get("/resolved")
@require("supervise")
def resolved_list():
    """Resolved items for review, filtered by local date range, level and who resolved them (audited)."""
    session = db.session()
    error, found = None, None
    try:
        filters = resolved.parse_filters(request.args)
    except resolved.FilterError as refused:
        error = str(refused)
    else:
        found = resolved.resolved_items(session, filters, config.current().program_tz)
    audit.record_now(
        session,
        "view_resolved_queue",
        AuditOutcome.OK if error is None else AuditOutcome.FAILED,
        actor_id=current_user.id,
        detail=request.query_string.decode("utf-8", "replace")[:200],
        items=len(found.rows) if found else 0,
    )
    page = render_template(
        "queue/resolved.html",
        found=found,
        error=error,
        values=request.args,
        levels=list(Level),
        workers=resolved.resolvers(session),
        tabs=queue.TABS,
    )
    return page, 400 if error else 200
