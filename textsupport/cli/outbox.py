"""Sending commands: plan, dispatch, outbox. `--at` replays any instant (a DST day, an outage)."""

from __future__ import annotations

from datetime import datetime

import click
from flask.cli import with_appcontext
from sqlalchemy import select

from textsupport import clock, config, content, db, sms
from textsupport.cli.output import emit, fail
from textsupport.models import OutboundMessage
from textsupport.progress import Progress
from textsupport.services.sending import dispatch, planner
from textsupport.services.trial import participants


def _instant(value: str | None) -> datetime:
    """--at as an aware UTC instant; the current time when omitted."""
    if value is None:
        return clock.now()
    try:
        instant = datetime.fromisoformat(value)
    except ValueError:
        fail(f"--at must be an ISO 8601 instant such as 2026-03-08T16:00:00Z, not {value!r}")
    if instant.tzinfo is None:
        fail(f"--at must include a UTC offset or Z, not {value!r}")
    return clock.as_utc(instant)


@click.command("plan")
@with_appcontext
@click.option("--at", "at", help="plan as if it were this instant (ISO 8601, with offset)")
def plan(at: str | None) -> None:
    """Create the texts due on each participant's local date at that instant (safe to repeat)."""
    emit(planner.plan(db.session(), _instant(at), config.current(), Progress.to_stderr()))


@click.command("dispatch")
@with_appcontext
@click.option("--at", "at", help="send what is due at this instant (ISO 8601, with offset)")
def send(at: str | None) -> None:
    """Send what is due through SMS_BACKEND, paced to TWILIO_MPS."""
    report = dispatch.dispatch(
        db.database(), _instant(at), config.current(), sms.gateway(), content.content(),
        progress=Progress.to_stderr(),
    )  # fmt: skip
    emit(report)


@click.command("outbox")
@with_appcontext
@click.option("--participant", "study_id", required=True, help="the participant's study id")
def outbox(study_id: str) -> None:
    """One JSON line per outbound text of a participant, oldest first."""
    session = db.session()
    try:
        participant = participants.get(session, study_id)
    except participants.ParticipantError as error:
        fail(str(error))
    rows = session.scalars(
        select(OutboundMessage)
        .where(OutboundMessage.participant_id == participant.id)
        .order_by(OutboundMessage.scheduled_for, OutboundMessage.id)
    )
    for row in rows:
        emit(
            {
                "kind": row.kind.value,
                "local_date": row.local_date.isoformat() if row.local_date else None,
                "scheduled_for": _iso(row.scheduled_for),
                "sent_at": _iso(row.sent_at),
                "status": row.status.value,
                "body": row.body,
            }
        )


def _iso(instant: datetime | None) -> str | None:
    return instant.isoformat().replace("+00:00", "Z") if instant else None


COMMANDS = (plan, send, outbox)
