"""peer_contacts.csv: one row per tagged reply or logged contact by a peer worker, with one 0/1
column per peer role (messages/staff/peer_roles.toml) and per role group: the fidelity report's data.

Its columns follow the configured roles, so the file is built from the list of roles. Practice
(training participants) is never exported; a contact nobody tagged has no row (participants.csv
counts every peer contact).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import Select, case, func, literal, select

from textsupport.models import ContactRole, EventAction, Participant, QueueEvent, QueueItem, Role, StaffUser
from textsupport.peer_roles import Catalogue, RoleGroup
from textsupport.services.export import formats
from textsupport.services.export.files import Column, ExportFile, Kind, values
from textsupport.services.queue.reads import RESPONSES

KINDS = (
    ("sms", "a reply by SMS from the queue"),
    ("phone", "a phone call"),
    ("in_person", "in person"),
    ("video", "a video call"),
)


def _flag(condition) -> object:
    return func.max(case((condition, 1), else_=0))


def tags(catalogue: Catalogue):
    """Per tagged contact: how many roles, and 0/1 per role and per group."""
    code = ContactRole.role_code
    return (
        select(
            ContactRole.event_id,
            func.count().label("n_roles"),
            *(_flag(code == role.code).label(role.code) for role in catalogue.roles),
            *(
                _flag(code.in_([role.code for role in catalogue.of(group)])).label(f"group_{group.value}")
                for group in RoleGroup
            ),
        )
        .group_by(ContactRole.event_id)
        .subquery("tags")
    )


def file(catalogue: Catalogue) -> ExportFile:
    """The file for this list of roles."""
    sub = tags(catalogue)
    kind = case(
        (QueueEvent.action == EventAction.REPLIED, literal("sms")), else_=QueueEvent.data["type"].as_string()
    )
    columns = (
        Column("contact_id", "Contact id (a queue event)", (QueueEvent.id,), Kind.INTEGER),
        Column("participant_id", "Study id (pseudonymous)", (Participant.study_id,)),
        Column("worker", "Peer worker's staff account", (QueueEvent.actor_id,), Kind.INTEGER,
               note="a staff account number, as assessments.completed_by"),
        Column("item_id", "The queue item it was on (queue_items.item_id)", (QueueEvent.item_id,),
               Kind.INTEGER),
        Column("at", "When it was logged or sent", (formats.instant(QueueEvent.at),), Kind.INSTANT),
        Column("kind", "The kind of contact", (kind,), Kind.CHOICE, KINDS),
        Column("minutes", "How long it took", (QueueEvent.minutes,), Kind.INTEGER, note="empty for an SMS"),
        Column("n_roles", "Peer roles it served", (sub.c.n_roles,), Kind.INTEGER),
        *(
            Column(f"group_{group.value}", f"Used a role of the group: {catalogue.group_labels[group]}",
                   (sub.c[f"group_{group.value}"],), Kind.YESNO,
                   note="a contact can use roles of several groups")
            for group in RoleGroup
        ),
        *(
            Column(f"role_{role.code}", role.label, (sub.c[role.code],), Kind.YESNO,
                   note=f"Chinman et al. (2016), {catalogue.group_labels[role.group].lower()}")
            for role in catalogue.roles
        ),
    )  # fmt: skip

    def statements(chosen: Sequence[Column], now: datetime, today: date) -> list[Select]:
        """Every tagged contact by a peer worker with a real participant, by id."""
        return [
            select(*values(chosen, 0, now, today))
            .select_from(QueueEvent)
            .join(sub, sub.c.event_id == QueueEvent.id)
            .join(QueueItem, QueueItem.id == QueueEvent.item_id)
            .join(Participant, Participant.id == QueueItem.participant_id)
            .join(StaffUser, StaffUser.id == QueueEvent.actor_id)
            .where(
                QueueEvent.action.in_(RESPONSES),
                StaffUser.role == Role.PEER_WORKER,
                Participant.in_trial,  # never a training participant
            )
            .order_by(QueueEvent.id)
        ]

    # Peer contacts happen in the peer arms only, so the file gives the arm away: never a rater's.
    return ExportFile(
        "peer_contacts.csv", "Peer contacts and the roles they served", columns, statements, False
    )
