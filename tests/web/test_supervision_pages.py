"""Supervision pages: supervisors record check-ins and read the notes (audited); a peer sees their own
dates only, answers the debrief after a crisis, and the workload page shows flags and overdue check-ins."""

from datetime import date

import pytest
from sqlalchemy import func, select

from tests.support.builders import make_active, make_staff, train
from tests.support.queue_builders import make_item
from tests.support.times import MONDAY_NOON as NOON
from tests.support.web import csrf_token, login
from textsupport.models import Arm, AuditEntry, Level, Pool, Role, SupervisionCheckin
from textsupport.services.programme import supervision_records
from textsupport.services.queue import casework

PAGE = "/programme/supervision"
NOTES = "Two hard calls this week; sleeping badly."


@pytest.fixture
def settings_overrides():
    return dict(TEXTSUPPORT_NOW=NOON)  # Mon 2026-11-23 12:00 local


@pytest.fixture
def people(session):
    sue = make_staff(session, role=Role.SUPERVISOR, email="sue@example.org", display_name="Sue Supervisor")
    pat = make_staff(session, email="pat@example.org", display_name="Pat Peer")
    return sue, pat


def record(session, settings, worker, holder, held_on="2026-11-20", wellbeing="strained"):
    fields = {"worker_id": str(worker.id), "held_by_id": str(holder.id), "held_on": held_on,
              "minutes": "30", "wellbeing": wellbeing, "notes": NOTES}  # fmt: skip
    return supervision_records.record_checkin(session, fields, settings, holder)


def count(session) -> int:
    session.rollback()
    return session.scalar(select(func.count()).select_from(SupervisionCheckin))


def test_a_supervisor_records_a_check_in_and_it_lifts_the_overdue_entry(client, session, people):
    sue, pat = people
    pat.created_at = pat.created_at.replace(year=2025)  # started long ago, never checked in: overdue
    session.commit()
    login(client, sue.email)
    page = client.get(PAGE).get_data(as_text=True)
    overdue = page.split('id="overdue"')[1].split("</table>")[0]
    assert "Pat Peer" in overdue and "never" in overdue
    form = {"worker_id": pat.id, "held_by_id": sue.id, "held_on": "2026-11-23", "minutes": "45",
            "wellbeing": "strained", "notes": NOTES, "csrf_token": csrf_token(client, PAGE)}  # fmt: skip
    answer = client.post(PAGE, data=form, follow_redirects=True)
    page = answer.get_data(as_text=True)
    assert answer.status_code == 200 and "Check-in recorded (supervision, 2026-11-23)." in page
    assert "No check-in is overdue." in page and "2026-12-07" in page  # next due in 14 days
    assert NOTES not in page  # the overview never shows notes
    assert count(session) == 1


def test_a_refused_check_in_keeps_what_was_typed(client, session, people):
    sue, pat = people
    login(client, sue.email)
    form = {"worker_id": str(pat.id), "held_by_id": str(sue.id), "held_on": "2026-11-23", "minutes": "0",
            "wellbeing": "ok", "notes": "Kept <notes>", "csrf_token": csrf_token(client, PAGE)}  # fmt: skip
    answer = client.post(PAGE, data=form)
    page = answer.get_data(as_text=True)
    assert answer.status_code == 400 and "whole minutes" in page and 'role="alert"' in page
    assert "Kept &lt;notes&gt;" in page and 'value="ok" checked' in page
    assert count(session) == 0


def test_the_notes_show_to_supervisors_and_every_view_is_audited(client, session, settings, people):
    sue, pat = people
    record(session, settings, pat, sue)
    login(client, sue.email)
    for _ in range(2):
        page = client.get(f"{PAGE}/{pat.id}").get_data(as_text=True)
        assert NOTES in page and "strained" in page
    session.rollback()
    views = session.scalars(select(AuditEntry).where(AuditEntry.action == "view_supervision_notes")).all()
    assert [(v.actor_id, v.target_type, v.target_id) for v in views] == [
        (sue.id, "staff_user", str(pat.id))
    ] * 2


def test_a_peer_worker_sees_their_own_dates_but_never_the_notes_or_anyone_elses(
    client, session, settings, people
):
    sue, pat = people
    record(session, settings, pat, sue)
    login(client, pat.email)
    for path in (PAGE, f"{PAGE}/{pat.id}"):
        assert client.get(path).status_code == 403
    assert client.post(PAGE, data={"csrf_token": csrf_token(client, "/queue/")}).status_code == 403
    page = client.get("/programme/my-supervision").get_data(as_text=True)
    assert "2026-11-20" in page and "Sue Supervisor" in page and "2026-12-04" in page  # next due
    assert NOTES not in page and "strained" not in page


def test_after_asking_for_sign_off_on_a_crisis_the_peer_asks_for_a_debrief_and_the_supervisor_sees_it(
    client, session, settings, people
):
    sue, pat = people
    person = make_active(session, Arm.PEER, date(2026, 11, 1), peer_worker_id=pat.id)
    item = make_item(session, person, level=Level.CRISIS, pool=Pool.SUPERVISOR, assignee_id=pat.id, at=NOON)
    casework.claim(session, item.id, pat, settings=settings)
    login(client, pat.email)
    path = f"/queue/items/{item.id}"
    assert "Would you like a debrief?" not in client.get(path).get_data(as_text=True)
    casework.request_signoff(session, item.id, pat, "Safe tonight; please sign off.")
    assert "Would you like a debrief?" in client.get(path).get_data(as_text=True)
    token = csrf_token(client, path)
    answer = client.post(
        "/programme/debrief", data={"item_id": item.id, "answer": "requested", "csrf_token": token}
    )
    assert answer.status_code == 302 and answer.headers["Location"].endswith(path)
    page = client.get(path).get_data(as_text=True)
    assert (
        "Check-in requested: a supervisor will arrange it." in page
        and "Would you like a debrief?" not in page
    )
    client.post("/logout", data={"csrf_token": token})
    login(client, sue.email)
    asked = client.get(PAGE).get_data(as_text=True).split('id="requests"')[1].split("</table>")[0]
    assert "Pat Peer" in asked


def test_the_workload_page_shows_the_wellbeing_flag_overdue_supervision_and_crises_this_shift(
    client, session, settings, people
):
    sue, pat = people
    sam = make_staff(session, display_name="Sam Peer")
    record(session, settings, pat, sue, held_on="2026-11-20", wellbeing="strained")
    record(session, settings, sam, sue, held_on="2026-11-02", wellbeing="ok")  # due 11-16: overdue
    person = make_active(session, Arm.PEER, date(2026, 11, 1), peer_worker_id=pat.id)
    make_item(session, person, level=Level.CRISIS, pool=Pool.SUPERVISOR, assignee_id=pat.id, at=NOON)
    login(client, sue.email)
    page = client.get("/queue/workload/").get_data(as_text=True)
    rows = {
        name: page.split(f'<th scope="row">{name}</th>')[1].split("</tr>")[0]
        for name in ("Pat Peer", "Sam Peer")
    }
    assert "badge-wellbeing-strained" in rows["Pat Peer"] and "due 2026-12-04" in rows["Pat Peer"]
    assert ">1 / 3<" in rows["Pat Peer"] and ">0 / 3<" in rows["Sam Peer"]
    assert "<strong>overdue</strong> (was due 2026-11-16)" in rows["Sam Peer"]


@pytest.mark.parametrize("settings", [{"CRISIS_PER_SHIFT_MAX": "1", "TEXTSUPPORT_NOW": NOON}], indirect=True)
def test_a_peer_at_the_crisis_limit_is_told_on_their_queue_page(client, session, people):
    _, pat = people
    person = make_active(session, Arm.PEER, date(2026, 11, 1), peer_worker_id=pat.id)
    make_item(session, person, level=Level.CRISIS, pool=Pool.SUPERVISOR, assignee_id=pat.id, at=NOON)
    login(client, pat.email)
    page = client.get("/queue/").get_data(as_text=True)
    assert (
        "Pat Peer has taken 1 crisis item this shift (the limit is 1): new crises go to the supervisors."
        in page
    )


def test_a_peer_worker_sees_their_own_training_and_nobody_else_s(app, client, session, people):
    sue, pat = people
    other = make_staff(session, email="sam@example.org", display_name="Sam Peer")
    train(session, other, keys=["provides_support"], expires_on=date(2026, 11, 1))
    login(client, pat.email)
    page = client.get("/programme/my-supervision").get_data(as_text=True)
    assert "Your training" in page and "May take crisis items." in page and "May hold a caseload." in page
    # pat never did "Provides support"; only sam's record (expired) holds it
    row = page[page.index("Provides support") :].split("</tr>")[0]
    assert "missing" in row and "expired" not in row
    assert '<a href="/programme/my-supervision" aria-current="page">Your training</a>' in page
    supervisor = app.test_client()
    login(supervisor, sue.email)
    own = supervisor.get("/programme/my-supervision").get_data(as_text=True)
    assert "Your training<" not in own.replace("Your training and check-ins", "")  # no modules for her
    assert '<a href="/programme/training" aria-current="page">Programme</a>' in own


def test_every_programme_page_lists_the_others_and_marks_its_own(client, session, people):
    sue, _ = people
    login(client, sue.email)
    pages = {"/queue/workload/": "Peer workload", "/programme/training": "Training records",
             "/programme/supervision": "Supervision", "/programme/recognition": "Recognition",
             "/programme/fidelity": "Fidelity"}  # fmt: skip
    for path, label in pages.items():
        page = client.get(path).get_data(as_text=True)
        nav = page[page.index('aria-label="Programme"') :].split("</nav>")[0]
        assert f'<a href="{path}" aria-current="page">{label}</a>' in nav, path
        assert all(f">{other}</a>" in nav for other in pages.values()), path
