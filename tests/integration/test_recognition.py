"""Recognition counts from a hand-built October and November: items resolved (each once), contacts
logged, months of service, the milestones each month brought, a worker's own view and the CSV."""

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from tests.support.builders import make_active, make_staff
from tests.support.queue_builders import make_item
from tests.support.recognition_builders import add_event, log_contacts, resolve_items
from tests.support.times import MONDAY_NOON as NOON
from textsupport import clock
from textsupport.models import Arm, EventAction, Role, StaffUser
from textsupport.services.programme import recognition_reads as recognition

OCTOBER = date(2026, 10, 1)
NOVEMBER = date(2026, 11, 1)
OCT_MID = datetime(2026, 10, 15, 18, 0, tzinfo=UTC)
OCT_LAST_EVENING = datetime(2026, 11, 1, 5, 30, tzinfo=UTC)  # Sat 31 Oct 23:30 MDT: still October
NOV_FIRST_MINUTES = datetime(2026, 11, 1, 6, 30, tzinfo=UTC)  # Sun 1 Nov 00:30 MDT: November
JOINED = datetime(2026, 5, 20, 15, 0, tzinfo=UTC)  # 20 May 09:00 MDT: 6 months on 20 November


@pytest.fixture
def month(app, session):
    """Pat: 9 items resolved and 25 contacts in October; in November one new item resolved, an
    October item reopened and resolved again, and 2 contacts. Sue (a supervisor) logs a contact on
    Pat's item; Lee (a peer) has done nothing yet; Sam (inactive) did nothing in either month."""
    app.config["TEXTSUPPORT_NOW"] = NOON  # Mon 23 Nov 2026
    pat = make_staff(session, display_name="Pat Peer", created_at=JOINED)
    lee = make_staff(session, display_name="Lee Peer", created_at=datetime(2026, 11, 2, 16, tzinfo=UTC))
    make_staff(session, display_name="Sam Peer", is_active=False, created_at=JOINED)
    sue = make_staff(session, role=Role.SUPERVISOR, display_name="Sue")
    person = make_active(session, Arm.PEER, date(2026, 9, 1), peer_worker_id=pat.id)
    october = resolve_items(session, pat, person, [OCT_MID + timedelta(hours=n) for n in range(9)])
    log_contacts(session, pat, october[0], [OCT_MID] * 24 + [OCT_LAST_EVENING])
    log_contacts(session, sue, october[0], [NOV_FIRST_MINUTES])
    resolve_items(session, pat, person, [NOV_FIRST_MINUTES + timedelta(days=3)])
    add_event(session, october[1], pat, EventAction.REOPENED, NOV_FIRST_MINUTES)
    add_event(session, october[1], pat, EventAction.RESOLVED, NOV_FIRST_MINUTES + timedelta(hours=1))
    log_contacts(session, pat, make_item(session, person, at=NOV_FIRST_MINUTES), [NOV_FIRST_MINUTES] * 2)
    return pat, lee


def row_of(summary, name):
    (row,) = [row for row in summary.rows if row.worker.display_name == name]
    return row


def labels(milestones) -> list[str]:
    return [milestone.label for milestone in milestones]


def test_october_counts_its_own_events_to_its_last_local_minute(session, settings, month):
    summary = recognition.month_summary(session, settings, OCTOBER, NOON)
    assert [row.worker.display_name for row in summary.rows] == ["Pat Peer"]  # Lee joined later; Sam idle
    pat = row_of(summary, "Pat Peer")
    assert (pat.in_month.resolved, pat.in_month.contacts) == (9, 25)
    assert (pat.to_date.resolved, pat.to_date.contacts, pat.to_date.months) == (9, 25, 5)
    assert labels(pat.reached) == ["25 contacts logged"]  # 3 months of service came in August
    assert (summary.previous, summary.next) == (date(2026, 9, 1), NOVEMBER)


def test_november_so_far_brings_the_tenth_item_and_six_months(session, settings, month):
    summary = recognition.month_summary(session, settings, NOVEMBER, NOON)
    assert [row.worker.display_name for row in summary.rows] == ["Lee Peer", "Pat Peer"]
    pat = row_of(summary, "Pat Peer")
    # the new item, and the October item resolved again counts once in all: 10 items to date
    assert (pat.in_month.resolved, pat.in_month.contacts) == (1, 2)  # Sue's contact is not Pat's
    assert (pat.to_date.resolved, pat.to_date.contacts, pat.to_date.months) == (10, 27, 6)
    assert labels(pat.reached) == ["10 items resolved", "6 months of service"]
    lee = row_of(summary, "Lee Peer")
    assert (lee.in_month, lee.to_date.months, lee.reached) == (recognition.Tally(0, 0, 0), 0, [])
    assert summary.next is None and summary.until == NOON  # the month in progress ends now


def test_a_worker_sees_their_own_month_milestones_and_what_is_next(session, settings, month):
    pat, lee = month
    mine = recognition.own(session, settings, pat, NOON)
    assert (mine.month.in_month.resolved, mine.month.in_month.contacts) == (1, 2)
    assert labels(mine.month.reached) == ["10 items resolved", "6 months of service"]
    assert labels(mine.reached) == [
        "10 items resolved", "25 contacts logged", "3 months of service", "6 months of service"
    ]  # fmt: skip
    assert [(n.milestone.label, n.to_go) for n in mine.next_up] == [
        ("50 items resolved", 40), ("100 contacts logged", 73), ("12 months of service", 6)
    ]  # fmt: skip
    assert labels(recognition.own(session, settings, lee, NOON).reached) == []
    sue = make_staff(session, role=Role.SUPERVISOR)
    assert recognition.own(session, settings, sue, NOON) is None  # recognition is for peer workers


def test_the_month_as_csv(session, settings, month):
    summary = recognition.month_summary(session, settings, NOVEMBER, NOON)
    assert recognition.month_csv(summary).split("\r\n") == [
        "month,worker,resolved_in_month,contacts_in_month,resolved_to_date,contacts_to_date,"
        "months_of_service,milestones_reached",
        "2026-11,Lee Peer,0,0,0,0,0,",
        "2026-11,Pat Peer,1,2,10,27,6,10 items resolved; 6 months of service",
        "",
    ]


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("2026-13", "YYYY-MM"),
        ("november", "YYYY-MM"),
        ("2026-12", "has not begun yet"),
        ("1999-01", "before"),
    ],
)
def test_a_bad_month_is_refused(text, says):
    with pytest.raises(recognition.MonthError, match=says):
        recognition.parse_month(text, date(2026, 11, 23))


def test_the_demo_shows_a_peer_reaching_a_milestone_this_month(app, session, settings):
    assert app.test_cli_runner().invoke(args=["demo"]).exit_code == 0
    pat = session.scalar(select(StaffUser).where(StaffUser.email == "peer@demo.textsupport.local"))
    with app.app_context():
        mine = recognition.own(session, settings, pat, clock.now())
    assert "6 months of service" in labels(mine.month.reached)
