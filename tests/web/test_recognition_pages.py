"""Recognition pages: the supervisor's monthly summary (chart, table, CSV, audited) and a worker's own
milestones on their home page."""

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from tests.support.builders import make_active, make_staff
from tests.support.queue_builders import make_item
from tests.support.recognition_builders import log_contacts, resolve_items
from tests.support.times import MONDAY_NOON as NOON
from tests.support.web import login
from textsupport.models import Arm, AuditEntry, Role

PAGE = "/programme/recognition"
JOINED = datetime(2026, 5, 20, 15, 0, tzinfo=UTC)  # 6 months of service on 20 November


@pytest.fixture
def settings_overrides():
    return dict(TEXTSUPPORT_NOW=NOON)  # Mon 23 Nov 2026


@pytest.fixture
def team(session):
    """Pat (peer): 10 items resolved and 3 contacts in November; '=Kim' (peer) with a name a
    spreadsheet would run; Sue (supervisor)."""
    pat = make_staff(session, email="pat@example.org", display_name="Pat Peer", created_at=JOINED)
    make_staff(session, display_name="=Kim", created_at=JOINED)
    make_staff(session, role=Role.SUPERVISOR, email="sue@example.org", display_name="Sue")
    person = make_active(session, Arm.PEER, date(2026, 9, 1), peer_worker_id=pat.id)
    resolve_items(session, pat, person, [NOON - timedelta(days=n) for n in range(1, 11)])
    log_contacts(session, pat, make_item(session, person, at=NOON), [NOON - timedelta(hours=1)] * 3)
    return pat


def audit(session, action):
    session.rollback()
    return session.scalars(select(AuditEntry).where(AuditEntry.action == action)).all()


def test_a_supervisor_sees_the_month_as_a_chart_and_a_table_and_the_view_is_audited(client, session, team):
    login(client, "sue@example.org")
    answer = client.get(PAGE)
    page = answer.get_data(as_text=True)
    assert answer.status_code == 200
    assert "November 2026 so far" in page and "<svg" in page and "Pat Peer" in page
    assert '<td data-label="Resolved">10</td>' in page and '<td data-label="Contacts">3</td>' in page
    assert '10 items resolved</span> <span class="badge badge-milestone">6 months of service' in page
    assert 'href="/programme/recognition?month=2026-10"' in page and "Next month" not in page
    assert 'href="/programme/recognition.csv?month=2026-11"' in page
    (entry,) = audit(session, "view_recognition")
    assert entry.data == {"month": "2026-11", "workers": 2}


def test_last_month_has_a_next_link_and_nothing_yet(client, session, team):
    login(client, "sue@example.org")
    page = client.get(f"{PAGE}?month=2026-10").get_data(as_text=True)
    assert "October 2026</h2>" in page and 'href="/programme/recognition?month=2026-11">Next month' in page
    assert '<td data-label="Resolved">0</td>' in page and "10 items resolved" not in page


@pytest.mark.parametrize(
    ("month", "says"), [("2026-12", "2026-12 has not begun yet."), ("11-2026x", "YYYY-MM")]
)
def test_a_bad_month_is_refused_with_the_reason(client, session, team, month, says):
    login(client, "sue@example.org")
    answer = client.get(f"{PAGE}?month={month}")
    assert answer.status_code == 400 and says in answer.get_data(as_text=True)
    assert client.get(f"{PAGE}.csv?month={month}").status_code == 400


def test_the_csv_download_is_the_month_with_formulas_neutralised_and_audited(client, session, team):
    login(client, "sue@example.org")
    answer = client.get(f"{PAGE}.csv?month=2026-11")
    assert answer.status_code == 200 and answer.mimetype == "text/csv"
    assert answer.headers["Content-Disposition"] == "attachment; filename=recognition-2026-11.csv"
    assert answer.get_data(as_text=True).split("\r\n")[1:] == [
        "2026-11,'=Kim,0,0,0,0,6,6 months of service",
        "2026-11,Pat Peer,10,3,10,3,6,10 items resolved; 6 months of service",
        "",
    ]
    (entry,) = audit(session, "export_recognition")
    assert entry.data == {"month": "2026-11", "workers": 2}


def test_a_peer_worker_sees_their_milestones_on_home_and_may_not_open_the_summary(client, session, team):
    login(client, "pat@example.org")
    page = client.get("/").get_data(as_text=True)
    assert "Your recognition" in page
    so_far = "This month so far: <strong>10</strong> items resolved and <strong>3</strong> contacts logged."
    assert so_far in page
    assert "Congratulations: this month you reached" in page and "10 items resolved" in page
    assert (
        "Next: 50 items resolved (40 to go); 25 contacts logged (22 to go); 12 months of service (6 to go)."
    ) in page
    assert client.get(PAGE).status_code == 403


def test_a_supervisor_home_has_no_recognition_of_their_own(client, session, team):
    login(client, "sue@example.org")
    assert "Your recognition" not in client.get("/").get_data(as_text=True)
