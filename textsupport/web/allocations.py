"""Admin pages for the concealed allocation table: progress, generate, import, export."""

from __future__ import annotations

from flask import Blueprint, Response, flash, redirect, render_template, url_for
from flask_login import current_user

from textsupport import config, db
from textsupport.services.trial import allocations
from textsupport.web.access import require
from textsupport.web.forms import GenerateTableForm, ImportTableForm

bp = Blueprint("allocations", __name__, url_prefix="/allocations")


@bp.get("/")
@require("admin")
def index():
    """Per-stratum progress, with a warning for strata nearly used up."""
    form = GenerateTableForm()
    form.sites.data = ",".join(config.current().sites)
    return _page(form, ImportTableForm())


@bp.post("/generate")
@require("admin")
def generate():
    """First show what would be added per stratum; add it once the admin confirms (confirm=1)."""
    form = GenerateTableForm()
    if form.validate_on_submit():
        sites, fields = form.sites.data.split(","), config.current().strata_fields
        try:
            if form.confirm.data != "1":
                plan = allocations.plan(db.session(), form.per_stratum.data, sites, fields)
                return render_template("allocations/confirm.html", form=form, plan=plan)
            allocations.generate(
                db.session(), form.seed.data, form.per_stratum.data, sites, fields, current_user.id
            )
        except allocations.AllocationError as error:
            form.seed.errors = [str(error)]
        else:
            flash(f"Allocation table generated: {form.per_stratum.data} slots added per stratum.", "info")
            return redirect(url_for(".index"))
    return _page(form, ImportTableForm(), 400)


@bp.post("/import")
@require("admin")
def import_table():
    """Load a REDCap-style CSV; nothing is saved if any row is bad."""
    form = ImportTableForm()
    if form.validate_on_submit():
        try:
            text = form.table.data.read().decode("utf-8-sig")
            allocations.import_csv(db.session(), text, config.current().strata_fields, current_user.id)
        except (allocations.AllocationError, UnicodeDecodeError) as error:
            form.table.errors = [f"{error}. Nothing was imported."]
        else:
            flash("Allocation table imported.", "info")
            return redirect(url_for(".index"))
    return _page(GenerateTableForm(), form, 400)


@bp.get("/export.csv")
@require("admin")
def export():
    """The whole sequence as CSV (audited: it unblinds the table)."""
    text = allocations.export_csv(db.session(), config.current().strata_fields, current_user.id)
    headers = {
        "Content-Disposition": "attachment; filename=allocation-table.csv",
        "Cache-Control": "no-store",
    }
    return Response(text, mimetype="text/csv", headers=headers)


def _page(generate_form, import_form, status: int = 200):
    statuses = allocations.status(db.session())
    low = {s.stratum for s in allocations.low(statuses, config.current().low_allocation_share)}
    return (
        render_template(
            "allocations/index.html",
            statuses=statuses,
            low=low,
            share=config.current().low_allocation_share,
            generate_form=generate_form,
            import_form=import_form,
        ),
        status,
    )
