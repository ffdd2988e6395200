"""Practice sets (issue 17, the sandbox): a supervisor resets a peer worker's set, after a confirm form.

The practice items themselves are worked on the queue's Practice tab like any other item.
"""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import current_user

from textsupport import config, content, db
from textsupport.services.ops import practice
from textsupport.services.staff import submissions
from textsupport.web.access import require

bp = Blueprint("practice", __name__, url_prefix="/queue/practice")


@bp.route("/reset", methods=["GET", "POST"])
@require("supervise")
def reset():
    """GET: the confirm form (?worker=<id> chooses whose set). POST: withdraw that worker's practice
    set, resolve its open items and load a fresh one (audited)."""
    if request.method == "GET":
        return _form(request.args.get("worker", ""))
    try:
        people = practice.reset(
            db.session(), _id(request.form.get("worker", "")), current_user, config.current(),
            content.content(), token=request.form.get("token", ""),
        )  # fmt: skip
    except submissions.AlreadySubmitted as error:
        db.session().rollback()
        flash(str(error), "info")
    except (submissions.MissingToken, practice.PracticeError) as error:
        db.session().rollback()
        return _form(request.form.get("worker", ""), str(error), 400)
    else:
        flash(f"The practice set starts over with {len(people)} practice participants.", "success")
    return redirect(url_for("queue.index", tab="practice"))


def _form(chosen: str, error: str | None = None, status: int = 200):
    sets = practice.sets(db.session())
    page = render_template(
        "queue/practice_reset.html", sets=sets, chosen=chosen, error=error, scenarios=practice.SCENARIOS
    )
    return page, status


def _id(value: str) -> int:
    return int(value) if value.strip().isdigit() and len(value.strip()) < 10 else 0
