"""The peer worker programme: the peer roles a reply or logged contact served (fidelity tags)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from textsupport.models.base import Base, UTCDateTime


class ContactRole(Base):
    """A peer role (a code in messages/staff/peer_roles.toml) that a reply or logged contact served.

    The event itself is append-only; its tags are not: the worker who logged it or a supervisor may
    change them, and each change is an audit row naming the roles before and after.
    """

    __tablename__ = "contact_roles"
    __table_args__ = (
        # A role is tagged once per contact: a double submit or a retag never stores it twice. Its
        # index also serves the roles of given contacts (the item page, the fidelity report).
        UniqueConstraint("event_id", "role_code"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("queue_events.id"))  # a replied or contact event
    role_code: Mapped[str] = mapped_column(String(40))
    tagged_by_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"))
    tagged_at: Mapped[datetime] = mapped_column(UTCDateTime())
