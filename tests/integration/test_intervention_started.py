"""participants.intervention_started_at: set once, by the service that makes it true, and CONSORT's
"started" box read from it counts whom the old per-participant probes counted (issue 14)."""

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import and_, exists, func, or_, select, update

from tests.support.builders import make_active, make_ready_participant, make_staff
from tests.support.concurrency import at_once
from tests.support.queue_builders import make_item
from tests.support.sending import sent, tick
from tests.support.times import MONDAY_NOON as NOON
from textsupport import config, db
from textsupport.models import (
    PEER_ARMS,
    TEXTING_ARMS,
    Allocation,
    Arm,
    OutboundKind,
    OutboundMessage,
    Participant,
    Pool,
    QueueEvent,
    QueueItem,
    Role,
    WithdrawalKind,
)
from textsupport.services.queue import caseload, casework, contacts
from textsupport.services.queue.reads import RESPONSES
from textsupport.services.reports import consort_reads
from textsupport.services.reports.scope import Scope
from textsupport.services.trial import allocations, participant_changes, participants, randomize, started

FAST = {"TWILIO_MPS": "1000"}
# Randomised at NOON (Mon 2026-11-23): day 1 is Tue 11-24, day 2 Wed 11-25; texts go at 10:00 MST.
DAY_1 = datetime(2026, 11, 24, 17, 0, tzinfo=UTC)
DAY_2 = datetime(2026, 11, 25, 17, 0, tzinfo=UTC)


@pytest.fixture
def settings_overrides():
    return dict(**FAST)


def old_started():
    """The CONSORT query's definition before the column: probes per participant (the reference)."""
    texted = exists().where(
        OutboundMessage.participant_id == Participant.id,
        OutboundMessage.kind.in_((OutboundKind.WELCOME, OutboundKind.DAILY)),
        OutboundMessage.sent_at.is_not(None),
    )
    answered = (
        exists()
        .where(QueueItem.participant_id == Participant.id, QueueEvent.item_id == QueueItem.id)
        .where(QueueEvent.action.in_(RESPONSES))
    )
    return or_(
        Allocation.arm == Arm.TAU,
        and_(Allocation.arm.in_(TEXTING_ARMS), texted),
        and_(Allocation.arm.in_(PEER_ARMS), or_(Participant.peer_worker_id.is_not(None), answered)),
    )


def started_at(session) -> dict[str, datetime | None]:
    session.rollback()
    session.expire_all()
    return {
        s: at for s, at in session.execute(select(Participant.study_id, Participant.intervention_started_at))
    }


def randomised(app, session, settings, n: int) -> dict[Arm, list[str]]:
    """`n` participants randomised at NOON through the service, their study ids by arm."""
    app.config["TEXTSUPPORT_NOW"] = NOON
    with app.app_context():
        allocations.generate(session, "started-seed", n, ["north"], ("site", "sex"), actor_id=None)
        for person in [make_ready_participant(session, site="north") for _ in range(n)]:
            randomize.randomize(session, person.study_id, settings, None)
    arms = session.execute(select(Participant.study_id, Allocation.arm).join(Allocation)).all()
    return {arm: sorted(s for s, a in arms if a is arm) for arm in Arm}


def answer(session, study_id: str, who) -> None:
    """A reply from them, claimed and answered by a phone call (inside an app context)."""
    item = make_item(session, participants.get(session, study_id), pool=Pool.STAFF)
    casework.claim(session, item.id, who, settings=config.current())
    contacts.log_contact(session, item.id, who, "phone", "10", "Called back.")


def test_two_sends_set_it_once_at_the_first(app, session):
    person = make_active(session, Arm.TEXT, date(2026, 11, 23))
    tick(app, DAY_1)
    first = started_at(session)[person.study_id]
    tick(app, DAY_2)
    texts = sent(session, person, OutboundKind.DAILY) + sent(session, person, OutboundKind.WELCOME)
    assert len(texts) >= 2  # two sends, at least: the first day's and the second's
    assert first == min(t.sent_at for t in texts) == DAY_1
    assert started_at(session)[person.study_id] == DAY_1  # the second send left it alone


def test_a_text_starts_only_a_texting_arm_and_only_a_programme_text(app, session):
    peer_only = make_active(session, Arm.PEER, date(2026, 11, 23))
    texting = make_active(session, Arm.PEER_TEXT, date(2026, 11, 23))
    with app.app_context():
        db.begin_write(session)
        assert not started.mark(session, peer_only.id, NOON, started.TEXTED)  # not a texting arm
        assert started.mark(session, texting.id, NOON, started.TEXTED)
        assert not started.mark(session, texting.id, NOON + timedelta(hours=1), started.PEER_CONTACT)
        session.commit()
    assert started_at(session) == {peer_only.study_id: None, texting.study_id: NOON}


def test_two_paths_at_once_set_it_once(app, session):
    person = make_active(session, Arm.PEER_TEXT, date(2026, 11, 23))
    times = [NOON + timedelta(minutes=n) for n in range(4)]

    def mark(own, at):
        db.begin_write(own)
        won = started.mark(own, person.id, at, started.TEXTED if at.minute % 2 else started.PEER_CONTACT)
        own.commit()
        return won

    results = at_once(app, mark, times)
    assert sorted(results) == [False, False, False, True]
    assert started_at(session)[person.study_id] == times[results.index(True)]


def test_randomisation_starts_tau_only_and_assignment_and_contact_start_peer_arms(app, session, settings):
    supervisor = make_staff(session, role=Role.SUPERVISOR)
    peer = make_staff(session, role=Role.PEER_WORKER)
    by_arm = randomised(app, session, settings, 8)
    assert all(len(ids) == 2 for ids in by_arm.values())
    assert {s for s, at in started_at(session).items() if at} == set(by_arm[Arm.TAU])
    [first_peer, second_peer] = by_arm[Arm.PEER]
    later = NOON + timedelta(hours=2)
    app.config["TEXTSUPPORT_NOW"] = later
    with app.app_context():
        caseload.assign(session, first_peer, peer.id, settings, supervisor)
        caseload.assign(session, first_peer, None, settings, supervisor)  # unassigned: still started
        caseload.assign(session, first_peer, peer.id, settings, supervisor)
        answer(session, second_peer, supervisor)
    now = started_at(session)
    assert (now[first_peer], now[second_peer]) == (later, later)


def test_the_consort_count_matches_the_old_probes_on_a_mix_and_the_backfill_agrees(app, session, settings):
    """Every arm, started and not, through the services: the column, the old probes and the migration's
    backfill name the same people."""
    supervisor = make_staff(session, role=Role.SUPERVISOR)
    peer = make_staff(session, role=Role.PEER_WORKER)
    by_arm = randomised(app, session, settings, 16)
    assert all(len(ids) == 4 for ids in by_arm.values())
    # Texting arms: the first two get their texts; the third said STOP first; the fourth is withdrawn.
    with app.app_context():
        for study_id in (by_arm[Arm.TEXT][2], by_arm[Arm.PEER_TEXT][2]):
            db.begin_write(session)
            participant_changes.mark_opted_out(session, participants.get(session, study_id), NOON)
            session.commit()
        for study_id in (by_arm[Arm.TEXT][3], by_arm[Arm.PEER_TEXT][3]):
            participants.withdraw(session, study_id, "moved away", None, WithdrawalKind.STUDY)
    tick(app, DAY_1)
    # Peer arms: assigned; answered on a queue item without a peer; a TEXT participant's item answered
    # (a texting arm's reply does not start peer support); nothing.
    app.config["TEXTSUPPORT_NOW"] = DAY_1 + timedelta(hours=1)
    with app.app_context():
        caseload.assign(session, by_arm[Arm.PEER][0], peer.id, settings, supervisor)
        for study_id in (by_arm[Arm.PEER][1], by_arm[Arm.TEXT][2]):
            answer(session, study_id, supervisor)
        item = make_item(session, participants.get(session, by_arm[Arm.PEER][2]), pool=Pool.STAFF)
        # claimed, never answered: not started
        casework.claim(session, item.id, supervisor, settings=settings)
    by_column = started_at(session)
    old = set(session.scalars(select(Participant.study_id).join(Allocation).where(old_started())))
    assert {s for s, at in by_column.items() if at} == old
    assert old == {
        *by_arm[Arm.TAU],
        *by_arm[Arm.TEXT][:2],
        *by_arm[Arm.PEER_TEXT][:2],
        *by_arm[Arm.PEER][:2],
    }
    flow = consort_reads.flow(session, Scope(), settings.program_tz, DAY_1.date(), arms=True)
    assert flow.boxes["started"].total == len(old) == 10
    assert flow.boxes["started"].by_arm == {"PEER": 2, "PEER_TEXT": 2, "TEXT": 2, "TAU": 4}
    # The migration's backfill, from the same history, gives the same people at the same moments.
    session.execute(update(Participant).values(intervention_started_at=None))
    assert started.backfill(session.connection()) == 10
    session.commit()
    assert started_at(session) == by_column
    assert session.scalar(select(func.count()).where(Participant.intervention_started_at.is_not(None))) == 10


def test_a_withdrawal_after_starting_keeps_them_started(app, session, settings):
    """The one place the column and the old probes part: withdrawing unassigns the peer, which used to
    take the person out of "started". Having started stays true, as CONSORT means it."""
    supervisor = make_staff(session, role=Role.SUPERVISOR)
    peer = make_staff(session, role=Role.PEER_WORKER)
    person = make_active(session, Arm.PEER, date(2026, 11, 23))
    app.config["TEXTSUPPORT_NOW"] = NOON
    with app.app_context():
        caseload.assign(session, person.study_id, peer.id, settings, supervisor)
        participants.withdraw(
            session, person.study_id, "no longer wanted contact", None, WithdrawalKind.INTERVENTION
        )
    assert started_at(session)[person.study_id] == NOON
    old = session.scalar(select(func.count()).select_from(Participant).join(Allocation).where(old_started()))
    assert old == 0
