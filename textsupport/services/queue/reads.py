"""Reading the reply queue: the tabs of open items, one item with its history, and the SMS thread."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import case, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from textsupport.models import (
    PEER_ARMS,
    SUPERVISING,
    TRAINING_IDS,
    Allocation,
    EventAction,
    InboundMessage,
    ItemState,
    Level,
    OutboundMessage,
    Participant,
    Pool,
    QueueEvent,
    QueueItem,
    StaffUser,
)

TABS = ("mine", "unassigned", "all", "practice")
# Unresolved, spelled as the states it may be: `state != 'resolved'` cannot use an index, `IN` uses
# ix_queue_items_state_level_created_at.
UNRESOLVED = tuple(state for state in ItemState if state != ItemState.RESOLVED)
RESPONSES = (EventAction.REPLIED, EventAction.CONTACT)  # events that answer an item: they meet its SLA
THREAD_LIMIT = 100  # the newest texts, in and out together, on an item's page
# Items about training participants (practice scenarios) sit in their own tab, out of the real
# tabs and counts; an unknown number's item (no participant) is real.
PRACTICE = QueueItem.participant_id.in_(TRAINING_IDS)
REAL = or_(QueueItem.participant_id.is_(None), QueueItem.participant_id.not_in(TRAINING_IDS))
_ORDER = case({level.value: level.priority for level in Level}, value=QueueItem.level)
_OWNER = aliased(StaffUser)
# An item someone has answered (served by the events' item_id index).
ANSWERED = exists().where(QueueEvent.item_id == QueueItem.id, QueueEvent.action.in_(RESPONSES))
_LATER = aliased(QueueEvent)
# A peer asked a supervisor to sign off and nobody has reopened the item since (resolving ends it too,
# and resolved items are not in the open list). Events are append-only, so a larger id is later.
SIGNOFF_PENDING = exists().where(
    QueueEvent.item_id == QueueItem.id,
    QueueEvent.action == EventAction.SIGNOFF_REQUESTED,
    ~exists().where(
        _LATER.item_id == QueueEvent.item_id, _LATER.action == EventAction.REOPENED, _LATER.id > QueueEvent.id
    ),
)
# Why it was escalated: the note of the newest `escalated` event (a peer's reason, or the SLA job's).
ESCALATION_REASON = (
    select(QueueEvent.note)
    .where(QueueEvent.item_id == QueueItem.id, QueueEvent.action == EventAction.ESCALATED)
    .order_by(QueueEvent.id.desc())
    .limit(1)
    .correlate(QueueItem)
    .scalar_subquery()
)


@dataclass(frozen=True)
class Row:
    """One item as the queue shows it."""

    item: QueueItem
    study_id: str | None
    first_name: str | None
    body: str | None
    owner_name: str | None
    from_phone: str | None = None
    answered: bool = False  # someone replied or logged a contact: the SLA is met
    withdrawal: str | None = None  # the participant's withdrawal kind, if they withdrew
    signoff_requested: bool = False  # a peer asks a supervisor to close this crisis
    escalation_reason: str | None = None  # None: never escalated
    practice: bool = False  # a training participant's item (the Practice tab)


def is_practice(session: Session, item: QueueItem) -> bool:
    """Inside the caller's transaction: whether this is a training participant's item (practice)."""
    if item.participant_id is None:
        return False
    return bool(session.scalar(select(Participant.training).where(Participant.id == item.participant_id)))


def needs_signoff(item: QueueItem) -> bool:
    """True for a crisis in the supervisors' pool: only a supervisor or admin resolves it; peers ask."""
    return item.level is Level.CRISIS and item.pool is Pool.SUPERVISOR


@dataclass(frozen=True)
class Text:
    """One line of an SMS thread, in or out."""

    at: datetime
    incoming: bool
    body: str
    status: str  # "received" for replies; the outbox status for our texts
    kind: str
    level: str | None = None  # what triage said of a reply (None: never classified, or ours)
    reasons: tuple[str, ...] = ()
    outbound_id: int | None = None  # our texts: the outbox row, for its delivery history


@dataclass(frozen=True)
class Thread:
    """The newest texts of a thread, oldest first, and whether older ones were left out."""

    texts: list[Text]
    limit: int
    cut: bool


def default_tab(user: StaffUser) -> str:
    """Peers start on their own items; supervisors and admins on everything."""
    return "all" if user.has_role(*SUPERVISING) else "mine"


def visible(user: StaffUser):
    """The items `user` may see: supervisors and admins all; a peer worker their own participants' and claims.

    A peer sees every item of the participants on their caseload (escalated ones too), items routed
    to or claimed by them, and the unassigned staff items of PEER and PEER_TEXT participants who
    have no peer yet and are still in the intervention. Items of TEXT and TAU participants are never
    shown to a peer: that protects the arm.
    """
    if user.has_role(*SUPERVISING):
        return True
    # Withdrawn from the intervention: peer contact has stopped, so their staff items are not a peer's.
    peer_arms = (
        select(Allocation.participant_id)
        .join(Participant, Participant.id == Allocation.participant_id)
        .where(Allocation.arm.in_(PEER_ARMS), Participant.in_intervention)
    )
    caseload = select(Participant.id).where(Participant.peer_worker_id == user.id)
    return or_(
        QueueItem.assignee_id == user.id,
        QueueItem.owner_id == user.id,
        QueueItem.participant_id.in_(caseload),
        (QueueItem.pool == Pool.STAFF)
        & QueueItem.assignee_id.is_(None)
        & QueueItem.participant_id.in_(peer_arms),
    )


def _tab(user: StaffUser, tab: str):
    """mine: claimed by me, or routed to me and unclaimed. unassigned: unclaimed in a shared pool.

    For a peer the shared pool is the staff items they may pick up; for supervisors and admins it is
    every pool but a peer's own (an escalated item, an unknown number, a crisis not yet claimed).
    practice: items of training participants, which no other tab shows (a peer sees their own set).
    """
    if tab == "practice":
        return PRACTICE
    if tab == "mine":
        return REAL & or_(
            QueueItem.owner_id == user.id, (QueueItem.assignee_id == user.id) & QueueItem.owner_id.is_(None)
        )
    if tab == "unassigned":
        if user.has_role(*SUPERVISING):
            return REAL & QueueItem.owner_id.is_(None) & (QueueItem.pool != Pool.PEER)
        unclaimed = QueueItem.owner_id.is_(None) & QueueItem.assignee_id.is_(None)
        return REAL & unclaimed & (QueueItem.pool == Pool.STAFF)
    return REAL


def _rows(user: StaffUser):
    """Items `user` may see, with the participant's names, the reply's text and who claimed it."""
    return (
        select(
            QueueItem,
            Participant.study_id,
            Participant.first_name,
            InboundMessage.body,
            _OWNER.display_name,
            InboundMessage.from_phone,
            ANSWERED.label("answered"),
            Participant.withdrawal_kind,
            SIGNOFF_PENDING.label("signoff_requested"),
            ESCALATION_REASON.label("escalation_reason"),
            func.coalesce(Participant.training, False),
        )
        .outerjoin(Participant, Participant.id == QueueItem.participant_id)
        .outerjoin(InboundMessage, InboundMessage.id == QueueItem.inbound_id)
        .outerjoin(_OWNER, _OWNER.id == QueueItem.owner_id)
        .where(visible(user))
    )


def open_items(session: Session, user: StaffUser, tab: str = "all", limit: int = 200) -> list[Row]:
    """Unresolved items of `tab` that `user` may see, by level (crisis first), then oldest first."""
    query = (
        _rows(user)
        .where(QueueItem.state.in_(UNRESOLVED), _tab(user, tab))
        .order_by(_ORDER, QueueItem.created_at, QueueItem.id)
        .limit(limit)
    )
    return [Row(*found) for found in session.execute(query)]


def counts(session: Session, user: StaffUser) -> dict[str, int]:
    """Open items per tab, and open crisis items, for the tab labels and the page title.

    One pass over the visible open items (no `id IN (subquery)` self-join: that scanned the table twice).
    Practice items count only in their own tab: never in the crises or the real tabs.
    """
    columns = [func.count().filter(_tab(user, tab)).label(tab) for tab in TABS]
    query = (
        select(
            func.count().filter(REAL & (QueueItem.level == Level.CRISIS)).label("crisis"),
            *columns,
        )
        .select_from(QueueItem)
        .where(visible(user), QueueItem.state.in_(UNRESOLVED))
    )
    return dict(session.execute(query).one()._mapping)


def item_for(session: Session, item_id: int, user: StaffUser) -> tuple[Row, list[QueueEvent]] | None:
    """One item `user` may see, with its events in order; None when it is not theirs or not there."""
    found = session.execute(_rows(user).where(QueueItem.id == item_id)).first()
    if found is None:
        return None
    events = session.scalars(
        select(QueueEvent).where(QueueEvent.item_id == item_id).order_by(QueueEvent.at, QueueEvent.id)
    )
    return Row(*found), list(events)


def actors(session: Session, events: list[QueueEvent]) -> dict[int, str]:
    """Display names of the staff who acted in `events`, in one query."""
    ids = {event.actor_id for event in events if event.actor_id is not None}
    if not ids:
        return {}
    return dict(
        session.execute(select(StaffUser.id, StaffUser.display_name).where(StaffUser.id.in_(ids))).all()
    )


def thread(session: Session, row: Row, limit: int = THREAD_LIMIT) -> Thread:
    """The newest `limit` texts in and out with the item's participant (or unknown number), oldest first."""
    item = row.item
    if item.participant_id is not None:
        return participant_thread(session, item.participant_id, limit)
    if row.from_phone:
        return _thread(
            session,
            InboundMessage.from_phone == row.from_phone,
            OutboundMessage.to_phone == row.from_phone,
            limit,
        )
    return Thread([], limit, cut=False)


def participant_thread(session: Session, participant_id: int, limit: int = THREAD_LIMIT) -> Thread:
    """The newest `limit` texts in and out with one participant, oldest first, replies with their triage."""
    return _thread(
        session,
        InboundMessage.participant_id == participant_id,
        OutboundMessage.participant_id == participant_id,
        limit,
    )


def _thread(session: Session, incoming_filter, outgoing_filter, limit: int) -> Thread:
    # The newest `limit` of the union are among the newest `limit` each way; one more each way tells
    # whether anything was left out. Cutting each side alone could leave one side's older texts with
    # none of the other's beside them.
    incoming = session.execute(
        select(InboundMessage.received_at, InboundMessage.body, InboundMessage.level, InboundMessage.reasons)
        .where(incoming_filter)
        .order_by(InboundMessage.received_at.desc(), InboundMessage.id.desc())
        .limit(limit + 1)
    ).all()
    outgoing = session.execute(
        select(
            func.coalesce(OutboundMessage.sent_at, OutboundMessage.scheduled_for),
            OutboundMessage.body,
            OutboundMessage.status,
            OutboundMessage.kind,
            OutboundMessage.id,
        )
        .where(outgoing_filter)
        .order_by(OutboundMessage.scheduled_for.desc(), OutboundMessage.id.desc())
        .limit(limit + 1)
    ).all()
    # Reversed to oldest first, so texts of the same instant keep their id order through the stable sort.
    texts = [
        Text(at, True, body, "received", "reply", level.value if level else None, tuple(reasons or ()))
        for at, body, level, reasons in reversed(incoming)
    ]
    texts += [
        Text(at, False, body or "", status.value, kind.value, outbound_id=outbound_id)
        for at, body, status, kind, outbound_id in reversed(outgoing)
    ]
    texts.sort(key=lambda text: text.at)
    return Thread(texts[-limit:], limit, cut=len(texts) > limit)
