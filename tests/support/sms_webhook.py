"""Helpers for the webhook tests: a signed reply from a participant's phone, and what it left behind."""

from sqlalchemy import func, select

from tests.support.signing import signed_post
from textsupport.models import AuditEntry, QueueItem

NIGHT = "2026-11-24T10:00:00Z"  # Tue 03:00 MST: the middle of the night, quiet hours
ONCALL = "+17805550999"
PHONE = "+17805550142"  # the `person` fixture's phone

counter = iter(range(1, 10_000_000))


def reply(client, body, sender=PHONE, sid=None):
    """POST a signed text from `sender` to /twilio/sms, with a new MessageSid unless one is given."""
    form = {
        "MessageSid": sid or f"SM{next(counter):032d}",
        "From": sender,
        "To": "+17805550199",
        "Body": body,
    }
    return signed_post(client, "/twilio/sms", form)


def count(session, model, *where) -> int:
    session.rollback()
    return session.scalar(select(func.count()).select_from(model).where(*where))


def items(session) -> list[QueueItem]:
    session.rollback()
    session.expire_all()
    return list(session.scalars(select(QueueItem).order_by(QueueItem.id)))


def trail(session, sid) -> list[dict]:
    """The audit trail of one reply: the steps of its one audit entry, in order."""
    session.rollback()
    (entry,) = session.scalars(
        select(AuditEntry).where(AuditEntry.target_type == "inbound", AuditEntry.target_id == sid)
    ).all()
    assert entry.action == "inbound_reply"
    return entry.data["steps"]
