"""Practice sets for new peer workers (issue 17, the sandbox): training participants who text in.

Each peer worker's set is five training participants, one per scenario, on that worker's practice
set (`peer_worker_id`). Their texts come in through the webhook's own service, so keywords, triage,
the answers and the queue behave as with a real reply; the items wait in the queue's Practice tab.
Training participants are texted only through the console (sms.for_recipient), are never
randomised and are left out of every trial figure, export and list.

A supervisor's reset withdraws the worker's set (its open items resolved, "practice set reset") and
loads a fresh one: the old rows stay, as every record of casework does.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from textsupport import clock, db, study_ids
from textsupport.content import Content
from textsupport.models import (
    AuditOutcome,
    EventAction,
    ItemState,
    Participant,
    ParticipantStatus,
    QueueEvent,
    QueueItem,
    Role,
    Sex,
    StaffUser,
    WithdrawalKind,
)
from textsupport.services.replies import inbound
from textsupport.services.staff import audit, submissions
from textsupport.sms import new_sid

if TYPE_CHECKING:
    from textsupport.config import Settings


@dataclass(frozen=True)
class Scenario:
    """One practice participant: who they are and what they text, in order."""

    key: str
    first_name: str
    texts: tuple[str, ...]


SCENARIOS = (
    Scenario("crisis", "Robin", ("i want to end it tonight",)),
    Scenario("help", "Sasha", ("HELP",)),
    Scenario("opt_out_in_words", "Jordan", ("please stop texting me",)),
    Scenario(
        "slow_burn",
        "Riley",
        ("ok i guess, quiet week", "not sleeping much this week", "i cant cope with anything today"),
    ),
    Scenario(
        "routine", "Charlie", ("had a good walk today, thanks for the texts", "made soup for my sister")
    ),
)
PHONE_PREFIX = "+1587555"  # fictional numbers of their own, apart from the demo's +1780555...
SITE = "practice"  # never a trial site: training participants are left out of the site lists too
RESET_NOTE = "practice set reset"
OPTION_HELP = "Also give each peer worker without one a practice set of training participants"


class PracticeError(ValueError):
    """A practice set cannot be loaded or reset; the message says why."""


def load_all(session: Session, settings: Settings, bank: Content) -> dict[str, int]:
    """A practice set for every active peer worker who has none yet: {email: participants}."""
    loaded = {}
    for worker in session.scalars(
        select(StaffUser).where(StaffUser.role == Role.PEER_WORKER, StaffUser.is_active.is_(True))
    ).all():
        if not current_set(session, worker.id):
            loaded[worker.email] = len(load(session, worker, settings, bank, actor_id=None))
    return loaded


def describe(loaded: dict[str, int]) -> str:
    """What `demo --training` loaded, for the terminal."""
    if not loaded:
        return "Practice sets: every peer worker has one already (a supervisor resets one from the queue)"
    names = ", ".join(loaded)
    return (
        f"Practice sets loaded for {names}: a crisis, a bare HELP, an opt-out asked in words, a slow-burning "
        "urgent conversation and routine chat, in the queue's Practice tab (texts print here, never sent)"
    )


@dataclass(frozen=True)
class PracticeSet:
    """One peer worker's practice set as supervisors see it on the Practice tab."""

    worker: StaffUser
    participants: int  # training participants in their current set
    open_items: int  # practice items not yet resolved


def sets(session: Session) -> list[PracticeSet]:
    """Every active peer worker's practice set, by name (read only): whom a supervisor may reset."""
    current = Participant.training & Participant.in_study
    per_worker = select(Participant.peer_worker_id, func.count()).group_by(Participant.peer_worker_id)
    people = dict(session.execute(per_worker.where(current)).all())
    items = dict(
        session.execute(
            select(Participant.peer_worker_id, func.count())
            .join(QueueItem, QueueItem.participant_id == Participant.id)
            .where(current, QueueItem.state != ItemState.RESOLVED)
            .group_by(Participant.peer_worker_id)
        ).all()
    )
    workers = session.scalars(
        select(StaffUser)
        .where(StaffUser.role == Role.PEER_WORKER, StaffUser.is_active.is_(True))
        .order_by(StaffUser.display_name, StaffUser.id)
    )
    return [PracticeSet(w, people.get(w.id, 0), items.get(w.id, 0)) for w in workers]


def current_set(session: Session, worker_id: int) -> list[Participant]:
    """The worker's practice participants still in use (a reset withdraws the old ones)."""
    query = select(Participant).where(
        Participant.training, Participant.peer_worker_id == worker_id, Participant.in_study
    )
    return list(session.scalars(query.order_by(Participant.id)))


def load(
    session: Session, worker: StaffUser, settings: Settings, bank: Content, actor_id: int | None
) -> list[Participant]:
    """Enrol one practice participant per scenario for `worker` (one transaction), then text in.

    The texts arrive one by one through the webhook's service, each in its own transaction as a
    real reply would.
    """
    db.begin_write(session)
    people = _enrol(session, worker, settings)
    audit.record(
        session, "practice_set_loaded", AuditOutcome.OK, actor_id=actor_id,
        target=("staff_user", worker.id), participants=len(people),
    )  # fmt: skip
    session.commit()
    _text_in(session, people, settings, bank)
    return people


def reset(
    session: Session,
    worker_id: int,
    actor: StaffUser,
    settings: Settings,
    bank: Content,
    token: str | None = None,
) -> list[Participant]:
    """A supervisor starts a worker's practice over: the old set withdrawn, its open items resolved,
    a fresh set loaded (audited). `token` is the confirm form's one-time token."""
    db.begin_write(session)
    submissions.spend(session, token, actor.id, "practice_reset")
    worker = session.get(StaffUser, worker_id) if worker_id else None
    if worker is None or worker.role is not Role.PEER_WORKER or not worker.is_active:
        session.rollback()
        raise PracticeError("Choose an active peer worker.")
    old = current_set(session, worker.id)
    _close(session, [person.id for person in old], actor.id)
    people = _enrol(session, worker, settings)
    audit.record(
        session, "practice_reset", AuditOutcome.OK, actor_id=actor.id, target=("staff_user", worker.id),
        withdrawn=len(old), participants=len(people),
    )  # fmt: skip
    session.commit()
    _text_in(session, people, settings, bank)
    return people


def _enrol(session: Session, worker: StaffUser, settings: Settings) -> list[Participant]:
    """Inside the caller's transaction: one training participant per scenario on `worker`'s set."""
    now = clock.now()
    today = clock.local_date(now, settings.program_tz)
    first = session.scalar(select(func.count()).select_from(Participant).where(Participant.training))
    people = []
    for n, scenario in enumerate(SCENARIOS):
        person = Participant(
            study_id=study_ids.new(), phone=f"{PHONE_PREFIX}{(first + n) % 10_000:04d}",
            first_name=scenario.first_name, site=SITE, sex=Sex.X, tz=settings.program_tz.key,
            date_of_birth=date(today.year - 30, 1, 1), discharge_date=today - timedelta(days=2),
            status=ParticipantStatus.ACTIVE, consent_version="practice", consent_at=now,
            training=True, peer_worker_id=worker.id, created_at=now,
        )  # fmt: skip
        session.add(person)
        people.append(person)
    session.flush()
    return people


def _close(session: Session, participant_ids: list[int], actor_id: int) -> None:
    """Inside the caller's transaction: withdraw the old set and resolve its open items, with events."""
    if not participant_ids:
        return
    now = clock.now()
    items = session.scalars(
        select(QueueItem.id).where(
            QueueItem.participant_id.in_(participant_ids), QueueItem.state != ItemState.RESOLVED
        )
    ).all()
    session.execute(
        update(QueueItem)
        .where(QueueItem.id.in_(items))
        .values(state=ItemState.RESOLVED, resolved_at=now)
        .execution_options(synchronize_session=False)
    )
    session.add_all(
        QueueEvent(item_id=item, at=now, actor_id=actor_id, action=EventAction.RESOLVED, note=RESET_NOTE)
        for item in items
    )
    session.execute(
        update(Participant)
        .where(Participant.id.in_(participant_ids))
        .values(
            status=ParticipantStatus.WITHDRAWN,
            withdrawal_kind=WithdrawalKind.STUDY,
            withdrawn_at=now,
            withdrawal_reason=RESET_NOTE,
        )  # fmt: skip
        .execution_options(synchronize_session=False)
    )


def _text_in(session: Session, people: list[Participant], settings: Settings, bank: Content) -> None:
    """Each scenario's texts through the webhook's own service: triage, answers, the queue."""
    phones = [(person.phone, scenario) for person, scenario in zip(people, SCENARIOS, strict=True)]
    engine = session.get_bind()  # the caller has committed: each text is its own transaction
    for phone, scenario in phones:
        for body in scenario.texts:
            inbound.receive(engine, {"MessageSid": new_sid(), "From": phone, "Body": body}, settings, bank)
