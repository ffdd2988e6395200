"""Supervision: check-ins recorded and audited, overdue by SUPERVISION_EVERY_DAYS, private notes, and
the debrief offered to a peer after a crisis, which supervisors see until a check-in meets it."""

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select

from tests.support.builders import make_active, make_staff
from tests.support.queue_builders import make_item
from tests.support.times import MONDAY_NOON as NOON
from textsupport.models import Arm, AuditEntry, DebriefRequest, Level, Pool, Role, SupervisionCheckin
from textsupport.services.programme import supervision_reads, supervision_records
from textsupport.services.queue import casework, contacts
from textsupport.supervision import CheckinKind, Wellbeing

NOTES = "Two hard calls; sleeping badly. Agreed lighter shifts."


@pytest.fixture
def at_noon(app):
    app.config["TEXTSUPPORT_NOW"] = NOON  # Mon 2026-11-23 12:00 local
    with app.app_context():
        yield


@pytest.fixture
def team(session, at_noon):
    sue = make_staff(session, role=Role.SUPERVISOR, display_name="Sue Supervisor")
    pat = make_staff(session, display_name="Pat Peer")
    sam = make_staff(session, display_name="Sam Peer")
    return sue, pat, sam


def checkin(session, settings, worker, holder, **fields):
    values = {"worker_id": str(worker.id), "held_by_id": str(holder.id), "held_on": "2026-11-20",
              "minutes": "30", "wellbeing": "ok", "notes": ""} | fields  # fmt: skip
    return supervision_records.record_checkin(session, values, settings, holder)


def test_a_check_in_is_supervision_or_mentorship_by_who_held_it_and_audited_without_the_notes(
    session, settings, team
):
    sue, pat, sam = team
    held = checkin(session, settings, pat, sue, wellbeing="strained", notes=NOTES)
    mentored = checkin(session, settings, pat, sam, held_on="2026-11-22")
    assert (held.kind, held.wellbeing, held.notes) == (CheckinKind.SUPERVISION, Wellbeing.STRAINED, NOTES)
    assert mentored.kind is CheckinKind.MENTORSHIP
    rows = session.scalars(
        select(AuditEntry).where(AuditEntry.action == "supervision_checkin_recorded")
    ).all()
    assert [(row.target_id, row.data["wellbeing"]) for row in rows] == [
        (str(pat.id), "strained"),
        (str(pat.id), "ok"),
    ]
    assert not any("sleeping" in f"{row.detail} {row.data}" for row in rows)


@pytest.mark.parametrize(
    ("field", "value", "says"),
    [
        ("held_on", "2026-11-24", "is in the future"),
        ("held_on", "20/11/2026", "YYYY-MM-DD"),
        ("minutes", "0", "whole minutes, from 1 to 480"),
        ("minutes", "481", "whole minutes, from 1 to 480"),
        ("wellbeing", "fine", "ok, strained or needs time off"),
        ("notes", "x" * 4001, "the limit is 4000"),
    ],
)
def test_bad_input_is_refused_with_the_reason_and_nothing_is_saved(
    session, settings, team, field, value, says
):
    sue, pat, _ = team
    with pytest.raises(supervision_records.SupervisionError, match=says):
        checkin(session, settings, pat, sue, **{field: value})
    session.rollback()
    assert session.scalar(select(func.count()).select_from(SupervisionCheckin)) == 0


def test_only_a_peer_worker_is_supervised_and_only_staff_who_may_hold_one_hold_it(session, settings, team):
    sue, pat, _ = team
    rater = make_staff(session, role=Role.RATER)
    for worker, holder, says in [(sue, pat, "Choose a peer worker"), (pat, pat, "Choose who held it"),
                                 (pat, rater, "Choose who held it")]:  # fmt: skip
        with pytest.raises(supervision_records.SupervisionError, match=says):
            checkin(session, settings, worker, holder)
        session.rollback()
    checkin(session, settings, pat, sue)
    with pytest.raises(supervision_records.SupervisionError, match="already recorded"):
        checkin(session, settings, pat, sue)


def test_overdue_once_the_cadence_has_passed_since_the_last_check_in_or_the_start(session, settings, team):
    sue, pat, sam = team  # accounts made Mon 2026-11-23
    make_staff(session, display_name="Olive Peer", created_at=datetime(2026, 10, 1, 16, 0, tzinfo=UTC))
    checkin(session, settings, pat, sue, held_on="2026-11-09")  # due today (14 days): not yet overdue
    checkin(session, settings, sam, sue, held_on="2026-11-08")  # was due yesterday
    view = supervision_reads.overview(session, settings)
    assert [(entry.worker.display_name, entry.due) for entry in view.overdue] == [
        ("Olive Peer", date(2026, 10, 15)),  # never held: from when the account was made
        ("Sam Peer", date(2026, 11, 22)),
    ]
    checkin(session, settings, sam, pat, held_on="2026-11-23")  # a mentor's check-in counts too
    assert [entry.worker.display_name for entry in supervision_reads.overview(session, settings).overdue] == [
        "Olive Peer"
    ]


@pytest.mark.parametrize("settings", [{"SUPERVISION_EVERY_DAYS": "7"}], indirect=True)
def test_the_cadence_is_a_setting(session, settings, team):
    sue, pat, _ = team
    checkin(session, settings, pat, sue, held_on="2026-11-15")
    entry = supervision_reads.overview(session, settings).workers
    assert [(e.worker.display_name, e.due, e.overdue) for e in entry if e.worker.id == pat.id] == [
        ("Pat Peer", date(2026, 11, 22), True)
    ]


def test_the_flag_shown_is_the_latest_check_ins(session, settings, team):
    sue, pat, sam = team
    checkin(session, settings, pat, sue, held_on="2026-11-10", wellbeing="ok")
    checkin(session, settings, pat, sam, held_on="2026-11-20", wellbeing="needs_time_off")
    entry = supervision_reads.by_worker(session, settings, [pat], NOON)[pat.id]
    assert (entry.last.held_on, entry.last.wellbeing, entry.last.held_by) == (
        date(2026, 11, 20), Wellbeing.NEEDS_TIME_OFF, "Sam Peer"
    )  # fmt: skip
    assert entry.last.notes is None  # the at-a-glance read never carries notes


def test_a_worker_reads_their_own_dates_never_the_notes_or_the_flag(session, settings, team):
    sue, pat, _ = team
    checkin(session, settings, pat, sue, wellbeing="strained", notes=NOTES)
    own = supervision_reads.own(session, pat, settings)
    assert [(c.held_on, c.minutes, c.held_by, c.notes, c.wellbeing) for c in own.checkins] == [
        (date(2026, 11, 20), 30, "Sue Supervisor", None, None)
    ]
    user, checkins = supervision_reads.history(session, pat.id)
    assert (user.id, [c.notes for c in checkins]) == (pat.id, [NOTES])


def crisis_worked_by(session, settings, pat):
    """A crisis of Pat's participant in the supervisors' pool, claimed by Pat with a contact logged."""
    person = make_active(session, Arm.PEER, date(2026, 11, 1), peer_worker_id=pat.id)
    item = make_item(session, person, level=Level.CRISIS, pool=Pool.SUPERVISOR, assignee_id=pat.id, at=NOON)
    casework.claim(session, item.id, pat, settings=settings)
    contacts.log_contact(session, item.id, pat, "phone", "20", "Called; safe at her sister's.")
    return item


def test_a_debrief_is_offered_once_the_peers_part_in_a_crisis_ends_and_answered_once(session, settings, team):
    sue, pat, sam = team
    item = crisis_worked_by(session, settings, pat)
    assert not supervision_reads.debrief_offered(session, item.id, pat)  # still working on it
    casework.request_signoff(session, item.id, pat, "Safety plan made; please sign off.")
    assert supervision_reads.debrief_offered(session, item.id, pat)
    assert not supervision_reads.debrief_offered(session, item.id, sam)  # never worked on it
    assert not supervision_reads.debrief_offered(session, item.id, sue)  # for peer workers
    supervision_records.answer_debrief(session, pat, item.id, "requested", settings)
    assert not supervision_reads.debrief_offered(session, item.id, pat)
    with pytest.raises(supervision_records.SupervisionError, match="no debrief to answer"):
        supervision_records.answer_debrief(session, pat, item.id, "declined", settings)
    audited = session.scalar(select(AuditEntry).where(AuditEntry.action == "debrief_requested"))
    assert (audited.actor_id, audited.target_id) == (pat.id, str(item.id))


def test_the_supervisors_see_a_request_until_a_check_in_meets_it(session, settings, team):
    sue, pat, _ = team
    item = crisis_worked_by(session, settings, pat)
    casework.resolve(session, item.id, sue, "Signed off after the call.")  # a supervisor closes it
    supervision_records.answer_debrief(session, pat, item.id, "requested", settings)
    assert [
        entry.worker.display_name for entry in supervision_reads.overview(session, settings).requested
    ] == ["Pat Peer"]
    checkin(session, settings, pat, sue, held_on="2026-11-22")  # before the request: does not meet it
    assert supervision_reads.standing_requests(session, [pat], settings)[pat.id] == [NOON]
    checkin(session, settings, pat, sue, held_on="2026-11-23")
    assert supervision_reads.overview(session, settings).requested == []


def test_not_now_is_kept_but_asks_for_nothing(session, settings, team):
    _, pat, _ = team
    item = crisis_worked_by(session, settings, pat)
    casework.request_signoff(session, item.id, pat, "Please sign off.")
    supervision_records.answer_debrief(session, pat, item.id, "declined", settings)
    assert not supervision_reads.debrief_offered(session, item.id, pat)
    assert supervision_reads.standing_requests(session, [pat], settings) == {pat.id: []}


def test_no_debrief_after_a_routine_item(session, settings, team):
    _, pat, _ = team
    person = make_active(session, Arm.PEER, date(2026, 11, 1), peer_worker_id=pat.id)
    item = make_item(session, person, level=Level.ROUTINE, pool=Pool.PEER, assignee_id=pat.id, at=NOON)
    casework.claim(session, item.id, pat, settings=settings)
    casework.resolve(session, item.id, pat, "Texted back.")
    assert not supervision_reads.debrief_offered(session, item.id, pat)
    with pytest.raises(supervision_records.SupervisionError):
        supervision_records.answer_debrief(session, pat, item.id, "requested", settings)


def test_a_worker_may_ask_for_a_check_in_unprompted_once_until_it_is_met(session, settings, team):
    _, pat, _ = team
    supervision_records.answer_debrief(session, pat, None, "requested", settings)
    with pytest.raises(supervision_records.SupervisionError, match="already asked"):
        supervision_records.answer_debrief(session, pat, None, "requested", settings)
    session.rollback()
    assert session.scalar(select(func.count()).select_from(DebriefRequest)) == 1
