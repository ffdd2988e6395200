"""The fidelity report: how peer workers' contacts spread over the peer roles, by month, as charts,
tables and a CSV. Supervisors and admins see the programme and each worker; a peer worker sees
their own report only (asking for another worker's is refused and audited)."""

from __future__ import annotations

from flask import Blueprint, Response, abort, render_template, request
from flask_login import current_user

from textsupport import clock, config, db, fidelity, whole_numbers
from textsupport.charts import bars
from textsupport.models import AuditOutcome, Role
from textsupport.peer_roles import RoleGroup
from textsupport.services.programme import fidelity_reads
from textsupport.services.staff import audit
from textsupport.web.access import audit_view, may, require

bp = Blueprint("fidelity", __name__, url_prefix="/programme")


@bp.get("/fidelity")
@require("queue")
def index():
    """The last months' fidelity figures (?months=N, ?worker=id for one worker's; audited)."""
    try:
        found = _report()
    except fidelity_reads.FidelityError as error:
        audit_view(months=request.args.get("months", "")[:20], refused=True)
        return render_template("programme/fidelity.html", found=None, error=str(error)), 400
    audit_view(_target(found), months=len(found.months))
    return render_template(
        "programme/fidelity.html", found=found, error=None, charts=_charts(found),
        groups=list(RoleGroup), percent=fidelity.percent, sees_everyone=may(current_user, "supervise"),
    )  # fmt: skip


@bp.get("/fidelity.csv")
@require("queue")
def export():
    """The report as CSV, one row per month for the programme and each worker (audited)."""
    try:
        found = _report()
    except fidelity_reads.FidelityError as error:
        return Response(str(error), status=400, mimetype="text/plain")
    audit_view(_target(found), months=len(found.months))
    who = f"-{found.shown.worker.id}" if found.shown else ""
    headers = {
        "Content-Disposition": f"attachment; filename=fidelity{who}-{found.months[-1].strftime('%Y-%m')}.csv",
        "Cache-Control": "no-store",
    }
    return Response(fidelity_reads.report_csv(found), mimetype="text/csv", headers=headers)


def _report() -> fidelity_reads.Report:
    """The report asked for; a peer worker's is always their own (403, audited, for anyone else's)."""
    months = fidelity_reads.parse_months(request.args.get("months"))
    session = db.session()
    raw = request.args.get("worker", "").strip()
    asked = whole_numbers.parse(raw, 1, whole_numbers.MAX_ID) if raw else None
    if current_user.role is Role.PEER_WORKER:
        if raw and asked != current_user.id:
            audit.record_now(
                session, "access_denied", AuditOutcome.DENIED, actor_id=current_user.id,
                ip=request.remote_addr, detail=request.path, worker=raw[:20],
            )  # fmt: skip
            abort(403)
        worker = current_user
    else:
        worker = fidelity_reads.peer(session, asked) if raw else None
        if raw and worker is None:
            abort(404)
    return fidelity_reads.report(session, config.current(), clock.now(), months, worker)


def _target(found: fidelity_reads.Report):
    return ("staff_user", found.shown.worker.id) if found.shown else None


def _charts(found: fidelity_reads.Report) -> dict:
    """The group shares by month, and the spread over the roles in the months shown."""
    labels = [month.strftime("%b %Y") for month in found.months]
    shares = [
        (found.catalogue.group_labels[group], [round((m.share(group) or 0) * 100) for m in found.programme])
        for group in RoleGroup
    ]
    groups = list(RoleGroup)
    spread = [
        (role.label, sum(month.by_role[role.code] for month in found.programme))
        for role in found.catalogue.roles
    ]
    return {
        "shares": bars.grouped(
            "fidelity-shares", "Share of tagged contacts that used each group of peer roles, by month (%)",
            labels, shares, empty="No months to show.",
        ),
        "spread": bars.horizontal(
            "fidelity-spread", "Tagged contacts that served each peer role, in the months shown", spread,
            [groups.index(role.group) for role in found.catalogue.roles],
            [found.catalogue.group_labels[group] for group in groups],
        ),
    }  # fmt: skip
