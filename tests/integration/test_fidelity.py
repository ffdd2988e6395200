"""Fidelity figures from a hand-built November: contacts per role, contacts per participant and the
group shares, for the programme and per worker; practice, supervisors and other events never count."""

from datetime import UTC, date, datetime, timedelta

import pytest

from tests.support.builders import make_active, make_staff, make_training
from tests.support.fidelity_builders import contact
from tests.support.queue_builders import make_item
from tests.support.times import MONDAY_NOON as NOON
from textsupport import clock
from textsupport.models import Arm, EventAction, Role
from textsupport.peer_roles import RoleGroup
from textsupport.services.programme import fidelity_reads

OCTOBER, NOVEMBER = date(2026, 10, 1), date(2026, 11, 1)
NOV_MID = datetime(2026, 11, 10, 18, 0, tzinfo=UTC)
OCT_LAST_EVENING = datetime(2026, 11, 1, 5, 30, tzinfo=UTC)  # Sat 31 Oct 23:30 MDT: still October
REPLY = EventAction.REPLIED


@pytest.fixture
def november(app, session):
    """Pat (peer): five contacts in November with A and B (one untagged), one on 31 October, one with
    a practice participant; Lee (peer): one reply to A; Sue (supervisor): a tagged contact with A."""
    app.config["TEXTSUPPORT_NOW"] = NOON  # Mon 23 Nov 2026
    pat = make_staff(session, display_name="Pat Peer")
    lee = make_staff(session, display_name="Lee Peer")
    make_staff(session, display_name="Ann Peer")  # active, no contacts
    sue = make_staff(session, role=Role.SUPERVISOR, display_name="Sue")
    a = make_item(
        session, make_active(session, Arm.PEER, date(2026, 9, 1), peer_worker_id=pat.id), at=NOV_MID
    )
    b = make_item(
        session, make_active(session, Arm.PEER_TEXT, date(2026, 9, 1), peer_worker_id=pat.id), at=NOV_MID
    )
    practice = make_item(session, make_training(session, pat), at=NOV_MID)
    hour = timedelta(hours=1)
    contact(session, a, pat, NOV_MID + hour, ["hope", "empathy"])  # services + processes
    contact(session, a, pat, NOV_MID + 2 * hour, ["recovery_planning"])  # actions
    contact(session, b, pat, NOV_MID + 3 * hour, ["hope", "trust"], action=REPLY)  # services + processes
    contact(session, b, pat, NOV_MID + 4 * hour)  # untagged
    contact(session, a, pat, NOV_MID + 5 * hour, ["role_model", "strengths"])  # actions + processes
    contact(session, a, pat, OCT_LAST_EVENING, ["hope"])  # October in Edmonton
    contact(session, practice, pat, NOV_MID, ["hope", "coping_skills"])  # practice: never counts
    contact(session, a, lee, NOV_MID, ["coping_skills", "problem_solving"], action=REPLY)  # actions
    contact(session, a, sue, NOV_MID, ["hope"])  # a supervisor's contact is not the peer programme's
    contact(session, a, pat, NOV_MID, action=EventAction.CLAIMED)  # not a contact
    return pat, lee


def test_the_programme_figures_of_a_hand_built_november(session, settings, november):
    found = fidelity_reads.report(session, settings, NOON, 2)
    assert found.months == [OCTOBER, NOVEMBER] and found.shown is None
    october, month = found.programme
    assert (month.contacts, month.tagged, month.participants, month.per_participant) == (6, 5, 2, 3.0)
    assert {code: n for code, n in month.by_role.items() if n} == {
        "hope": 2, "empathy": 1, "recovery_planning": 1, "trust": 1, "role_model": 1, "strengths": 1,
        "coping_skills": 1, "problem_solving": 1,
    }  # fmt: skip
    assert len(month.by_role) == 16
    assert month.by_group == {RoleGroup.SERVICES: 2, RoleGroup.ACTIONS: 3, RoleGroup.PROCESSES: 3}
    # a contact with roles of two groups counts in both: the shares add up to 160%
    assert [month.share(group) for group in RoleGroup] == [0.4, 0.6, 0.6]
    assert (october.contacts, october.tagged, october.by_role["hope"]) == (1, 1, 1)
    assert october.share(RoleGroup.SERVICES) == 1.0 and october.share(RoleGroup.ACTIONS) == 0.0


def test_each_worker_has_their_own_figures(session, settings, november):
    found = fidelity_reads.report(session, settings, NOON, 2)
    assert [row.worker.display_name for row in found.workers] == ["Ann Peer", "Lee Peer", "Pat Peer"]
    ann, lee, pat = (row.months[1] for row in found.workers)
    assert (pat.contacts, pat.tagged, pat.participants, pat.per_participant) == (5, 4, 2, 2.5)
    assert [pat.share(group) for group in RoleGroup] == [0.5, 0.5, 0.75]
    assert (lee.contacts, lee.tagged, lee.by_group[RoleGroup.ACTIONS], lee.share(RoleGroup.SERVICES)) == (
        1,
        1,
        1,
        0,
    )
    assert (ann.contacts, ann.per_participant, ann.share(RoleGroup.SERVICES)) == (0, None, None)


def test_one_workers_report_holds_only_their_contacts(session, settings, november):
    pat, _lee = november
    found = fidelity_reads.report(session, settings, NOON, 1, pat)
    assert found.shown.worker == pat and [row.worker for row in found.workers] == [pat]
    (month,) = found.programme
    assert (month.month, month.contacts, month.tagged, month.by_role["coping_skills"]) == (NOVEMBER, 5, 4, 0)


def test_the_report_as_csv(session, settings, november):
    found = fidelity_reads.report(session, settings, NOON, 1)
    lines = fidelity_reads.report_csv(found).split("\r\n")
    assert lines[0].startswith(
        "month,worker,contacts,tagged,participants,contacts_per_participant,share_services,share_actions,"
        "share_processes,role_hope,role_empowerment,"
    )
    # roles in file order: hope 2; role_model, recovery_planning, coping, problem solving, strengths,
    # empathy, trust 1 each
    assert lines[1] == "2026-11,programme,6,5,2,3.00,0.400,0.600,0.600,2,0,0,0,1,0,1,0,0,0,0,1,1,1,1,1"
    assert lines[2] == "2026-11,Ann Peer,0,0,0,,,,," + ",".join(["0"] * 16)
    assert lines[-2].startswith("2026-11,Pat Peer,5,4,2,2.50,0.500,0.500,0.750,2,")
    assert len(lines) == 6  # programme, Ann, Lee, Pat, and the final line break


@pytest.mark.parametrize(("text", "says"), [("0", "from 1 to 24"), ("25", "from 1"), ("six", "from 1")])
def test_a_bad_number_of_months_is_refused(text, says):
    with pytest.raises(fidelity_reads.FidelityError, match=says):
        fidelity_reads.parse_months(text)


def test_the_demo_fills_this_months_fidelity_report(app, session, settings):
    assert app.test_cli_runner().invoke(args=["demo"]).exit_code == 0
    with app.app_context():
        found = fidelity_reads.report(session, settings, clock.now(), 1)
    (month,) = found.programme
    assert (month.contacts, month.tagged, month.participants) == (4, 4, 1)
    assert all(month.share(group) for group in RoleGroup)  # every group used at least once
    pat = [row for row in found.workers if row.worker.display_name == "Pat Peer"]
    assert pat[0].contacts == 4
