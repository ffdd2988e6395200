"""Drive the planner and dispatcher the way the scheduler does, at named instants."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select

from textsupport import config, content, db, sms
from textsupport.models import OutboundKind, OutboundMessage
from textsupport.services.sending import dispatch, planner


def tick(app, at: datetime, *, plan: bool = True, send: bool = True) -> dict:
    """One scheduler round at `at`: plan, then dispatch, with the app's clock fixed at `at`.

    The app's own fixed clock (TEXTSUPPORT_NOW) rather than freezegun: the dispatcher's worker
    threads pace with the real time.time(), which freezegun does not patch inside threads.
    """
    report = {}
    app.config["TEXTSUPPORT_NOW"] = at
    with app.app_context():
        if plan:
            report["plan"] = planner.plan(db.session(), at, config.of(app))
        if send:
            report["dispatch"] = dispatch.dispatch(
                db.database(), at, config.of(app), sms.gateway(), content.content()
            )
    return report


def run_hourly(app, start: datetime, hours: int) -> None:
    """A scheduler that ran every hour on the hour for `hours` hours."""
    for hour in range(hours):
        tick(app, start + timedelta(hours=hour))


def sent(session, participant, kind: OutboundKind = OutboundKind.DAILY) -> list[OutboundMessage]:
    """The participant's texts of `kind` that went out, in order."""
    session.rollback()  # end the test session's snapshot: the dispatcher wrote on other connections
    session.expire_all()
    return list(
        session.scalars(
            select(OutboundMessage)
            .where(
                OutboundMessage.participant_id == participant.id,
                OutboundMessage.kind == kind,
                OutboundMessage.sent_at.is_not(None),
            )
            .order_by(OutboundMessage.local_date)
        )
    )
