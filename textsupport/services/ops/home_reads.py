"""The home page's reads: what each role should do next, as counts with somewhere to act."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from textsupport import clock
from textsupport.models import (
    ENROLLING,
    FOLLOW_UP,
    QUEUE_WORKERS,
    SUPERVISING,
    ItemState,
    Participant,
    ParticipantStatus,
    QueueItem,
    Role,
    StaffUser,
)
from textsupport.services.programme import supervision_reads
from textsupport.services.queue import reads as queue
from textsupport.services.sending import pause
from textsupport.services.trial import allocations, assessments

if TYPE_CHECKING:
    from textsupport.config import Settings


DEBRIEF_SHOWN = timedelta(days=14)  # crises opened this long ago or less: an unanswered offer shows at home


@dataclass(frozen=True)
class Home:
    """What to do next; a field is None when it is not this role's to see."""

    crisis_open: int | None = None  # open crisis items the user may see
    my_items: int | None = None  # claimed by them, or routed to them and unclaimed
    signoff_waiting: int | None = None  # open crises a peer asked a supervisor to sign off
    checkins_overdue: int | None = None  # peer workers whose supervision check-in is overdue
    checkins_asked: int | None = None  # peer workers waiting for a check-in they asked for (a debrief)
    debriefs_offered: list[int] | None = None  # a peer worker's recent crises with a debrief unanswered
    supervision_every_days: int = 0
    awaiting_randomisation: int | None = None  # enrolled, not yet randomised (nor withdrawn)
    followups_overdue: int | None = None
    followups_due: int | None = None  # due within the rater horizon, not yet overdue
    followup_horizon_days: int = assessments.HORIZON_DAYS
    low_strata: list[allocations.StratumStatus] | None = None  # admin only; never an arm
    allocation_table: bool = True  # False: there is no table yet (admin only)
    sending_pause: pause.Paused | None = None  # daily texts paused after carrier filtering (admin only)


def read(session: Session, user: StaffUser, settings: Settings, now: datetime) -> Home:
    """What `user` should do next, read in one go (read only)."""
    today = clock.local_date(now, settings.program_tz)
    values: dict = {}
    if user.has_role(*QUEUE_WORKERS):
        counts = queue.counts(session, user)
        values.update(crisis_open=counts["crisis"], my_items=counts["mine"])
    if user.role is Role.PEER_WORKER:  # also told away from the item page, e.g. when a supervisor closed it
        since = now - DEBRIEF_SHOWN
        values["debriefs_offered"] = supervision_reads.debriefs_offered(session, user, since=since)
    if user.has_role(*SUPERVISING):
        waiting = select(func.count()).where(QueueItem.state != ItemState.RESOLVED, queue.SIGNOFF_PENDING)
        values["signoff_waiting"] = session.scalar(waiting)
        overdue, asked = supervision_reads.attention(session, settings, now)
        values.update(
            checkins_overdue=overdue,
            checkins_asked=asked,
            supervision_every_days=settings.supervision_every_days,
        )
    if user.has_role(*ENROLLING):
        enrolled = select(func.count()).where(
            Participant.status == ParticipantStatus.ENROLLED, Participant.in_trial
        )
        values["awaiting_randomisation"] = session.scalar(enrolled)
    if user.has_role(*FOLLOW_UP):
        tasks = assessments.open_tasks(session, today)
        overdue = sum(task.overdue for task in tasks)
        values.update(followups_overdue=overdue, followups_due=len(tasks) - overdue)
    if user.has_role(Role.ADMIN):  # the allocation table is concealed: admins only
        statuses = allocations.status(session)
        values.update(
            low_strata=allocations.low(statuses, settings.low_allocation_share),
            allocation_table=bool(statuses),
        )
        values["sending_pause"] = pause.holding(session)
    return Home(**values)
