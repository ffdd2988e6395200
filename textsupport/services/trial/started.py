"""When a participant started the allocated intervention: set once, at the moment it becomes true.

CONSORT's "received the allocated intervention" box reads `participants.intervention_started_at`
instead of probing every participant's texts and queue events (issue 14: those probes were most of
the dashboard's time at 10,000 participants). It becomes true

- TAU: on randomisation;
- a texting arm (PEER_TEXT, TEXT): when a welcome or daily text is sent;
- a peer arm (PEER, PEER_TEXT): when a peer worker is assigned, or a reply or contact is logged on
  one of their queue items (PEER_TEXT: whichever comes first, texts included).

Each path calls `mark` inside its own transaction. The UPDATE only touches a row whose column is
still NULL and whose arm the path counts for, so two paths at once (two sends, a send and an
assignment) set it once: the second waits for the first's row lock and then matches nothing.
Once set it stays: a peer unassigned or a withdrawal later does not undo having started.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from sqlalchemy import bindparam, exists, or_, select, text, update
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from textsupport.models import PEER_ARMS, TEXTING_ARMS, Allocation, Arm, Participant, QueueItem

ON_RANDOMISATION = frozenset({Arm.TAU})
TEXTED = TEXTING_ARMS
PEER_CONTACT = PEER_ARMS


def mark(session: Session, participant_id: int, at: datetime, arms: frozenset[Arm]) -> bool:
    """Inside the caller's transaction: started at `at`, if not yet and their arm is in `arms`.

    True when this call set it.
    """
    return _set(session, Participant.id == participant_id, at, arms)


def mark_each(session: Session, firsts: Mapping[int, datetime], arms: frozenset[Arm]) -> None:
    """Inside the caller's transaction: `mark` for each participant id at its instant, in one
    executemany (a batch of texts recorded together, sending/recording.py)."""
    if not firsts:
        return
    # No IN list: an expanding parameter cannot go in an executemany.
    arm = or_(*(Allocation.arm == each for each in sorted(arms)))
    allocated = exists().where(Allocation.participant_id == Participant.id, arm)
    table = Participant.__table__
    session.connection().execute(
        update(table)
        .where(table.c.id == bindparam("participant"), table.c.intervention_started_at.is_(None), allocated)
        .values(intervention_started_at=bindparam("at")),
        [{"participant": participant, "at": at} for participant, at in firsts.items()],
    )


def mark_for_item(session: Session, item_id: int, at: datetime) -> bool:
    """Inside the caller's transaction: a reply or contact was logged on queue item `item_id`."""
    owner = select(QueueItem.participant_id).where(QueueItem.id == item_id).scalar_subquery()
    return _set(session, Participant.id == owner, at, PEER_CONTACT)


def _set(session: Session, which, at: datetime, arms: frozenset[Arm]) -> bool:
    allocated = exists().where(Allocation.participant_id == Participant.id, Allocation.arm.in_(arms))
    result = session.execute(
        update(Participant)
        .where(which, Participant.intervention_started_at.is_(None), allocated)
        .values(intervention_started_at=at)
        .execution_options(synchronize_session=False)
    )
    return result.rowcount == 1


# The earliest moment each participant started, from what is stored (migration 0019, and data seeded
# around the services). Peer assignment is read from its audit rows; a peer assigned with no audit row
# (seeded directly) counts from randomisation, the earliest it could have been. Literal values, not
# the enums: this is what the migration ran, whatever the enums become.
BACKFILL = """
UPDATE participants SET intervention_started_at = firsts.at
FROM (
    SELECT pid, min(at) AS at FROM (
        SELECT participant_id AS pid, allocated_at AS at FROM allocations WHERE arm = 'TAU'
        UNION ALL
        SELECT o.participant_id, o.sent_at
        FROM outbound_messages o JOIN allocations a ON a.participant_id = o.participant_id
        WHERE a.arm IN ('PEER_TEXT', 'TEXT') AND o.kind IN ('welcome', 'daily') AND o.sent_at IS NOT NULL
        UNION ALL
        SELECT q.participant_id, e.at
        FROM queue_events e JOIN queue_items q ON q.id = e.item_id
            JOIN allocations a ON a.participant_id = q.participant_id
        WHERE a.arm IN ('PEER', 'PEER_TEXT') AND e.action IN ('replied', 'contact')
        UNION ALL
        SELECT p.id, l.at
        FROM audit_log l JOIN participants p ON l.target_type = 'participant' AND l.target_id = p.study_id
            JOIN allocations a ON a.participant_id = p.id
        WHERE a.arm IN ('PEER', 'PEER_TEXT') AND l.action = 'peer_assigned' AND l.outcome = 'ok'
        UNION ALL
        SELECT p.id, a.allocated_at
        FROM participants p JOIN allocations a ON a.participant_id = p.id
        WHERE a.arm IN ('PEER', 'PEER_TEXT') AND p.peer_worker_id IS NOT NULL AND NOT EXISTS (
            SELECT 1 FROM audit_log l WHERE l.target_type = 'participant' AND l.target_id = p.study_id
                AND l.action = 'peer_assigned' AND l.outcome = 'ok')
    ) AS candidates
    GROUP BY pid
) AS firsts
WHERE participants.id = firsts.pid AND participants.intervention_started_at IS NULL
"""


def backfill(connection: Connection) -> int:
    """Set the column from the stored history where it is still NULL; the rows set."""
    return connection.execute(text(BACKFILL)).rowcount
