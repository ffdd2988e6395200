"""What a newcomer trips over on first use: wording, empty states, labels and links."""

import re
from datetime import date, timedelta

import pytest

from tests.support.builders import make_active, make_staff
from tests.support.queue_builders import make_item
from tests.support.times import MONDAY_NOON as NOON
from tests.support.web import csrf_token, form_data, login
from textsupport.models import Arm, Level, Pool, Role


@pytest.fixture
def settings_overrides():
    """This module's settings (the one `settings` fixture applies them)."""
    return dict(TEXTSUPPORT_NOW=NOON)


def test_the_audit_log_says_its_times_are_local_and_names_each_cell_for_a_phone(client, session):
    make_staff(session, email="ada@example.org", role=Role.ADMIN)
    login(client, "ada@example.org")
    page = client.get("/audit").get_data(as_text=True)
    assert "(UTC)" not in page  # the times are shown in PROGRAM_TZ, with their zone
    when = r"\d{4}-\d\d-\d\d \d\d:\d\d M[SD]T \(just now\)"  # local time, and its age while recent
    assert re.search(rf'<td data-label="When"><time [^>]*>{when}</time>', page)
    assert '<table class="stack">' in page


def test_no_contacts_yet_is_said_in_words_not_as_a_numbered_list_item(client, session):
    sue = make_staff(session, email="sue@example.org", role=Role.SUPERVISOR)
    robin = make_active(session, Arm.PEER, date(2026, 11, 1), first_name="Robin")
    item = make_item(session, robin, level=Level.CRISIS, pool=Pool.SUPERVISOR, at=NOON)
    login(client, sue.email)
    page = client.get(f"/queue/items/{item.id}").get_data(as_text=True)
    assert '<p class="hint" id="no-contacts">No contacts logged yet.</p>' in page
    assert '<ol class="contacts"' not in page  # an empty list would read "1. No contacts logged yet."


@pytest.mark.parametrize(
    ("path", "current"),
    [
        ("/", '<a href="/" aria-current="page">Home</a>'),
        ("/participants/", '<a href="/participants/" aria-current="page">Participants</a>'),
        ("/queue/resolved", '<a href="/queue/" aria-current="page">Queue</a>'),
        ("/queue/workload/", '<a href="/queue/" aria-current="page">Queue</a>'),
        ("/accounts/new", '<a href="/accounts/" aria-current="page">Staff accounts</a>'),
        ("/audit", '<a href="/audit" aria-current="page">Audit log</a>'),
    ],
)
def test_the_main_navigation_marks_the_section_you_are_in(client, session, path, current):
    make_staff(session, email="ada@example.org", role=Role.ADMIN)
    login(client, "ada@example.org")
    page = client.get(path).get_data(as_text=True)
    nav = page[page.index('<nav aria-label="Main">') : page.index("</nav>")]
    assert current in nav
    assert nav.count("aria-current") == 1


@pytest.mark.parametrize(
    ("pool", "words"),
    [(Pool.SUPERVISOR, "supervisors"), (Pool.STAFF, "study staff"), (Pool.PEER, "their peer worker")],
)
def test_the_item_page_says_who_it_is_routed_to_in_words(client, session, pool, words):
    sue = make_staff(session, email="sue@example.org", role=Role.SUPERVISOR)
    robin = make_active(session, Arm.PEER, date(2026, 11, 1), first_name="Robin")
    item = make_item(session, robin, pool=pool, at=NOON)
    login(client, sue.email)
    page = client.get(f"/queue/items/{item.id}").get_data(as_text=True)
    assert f"<dt>Routed to</dt><dd>{words}" in page


def test_roles_are_shown_in_words_and_still_posted_as_their_values(client, session):
    make_staff(session, email="ada@example.org", role=Role.ADMIN)
    make_staff(session, email="pat@example.org", role=Role.PEER_WORKER, display_name="Pat")
    login(client, "ada@example.org")
    accounts = client.get("/accounts/").get_data(as_text=True)
    assert '<td data-label="Role">peer worker</td>' in accounts and "peer_worker" not in accounts
    new_account = client.get("/accounts/new").get_data(as_text=True)
    assert '<option value="trial_staff">trial staff</option>' in new_account
    client.post("/logout", data={"csrf_token": re.search(r'name="csrf_token" value="([^"]+)"', accounts)[1]})
    login(client, "pat@example.org")
    home = client.get("/").get_data(as_text=True)
    assert "(peer worker)" in home and "<strong>peer worker</strong>" in home and "peer_worker" not in home


def test_a_long_contact_reads_in_hours_on_the_item_and_participant_pages(client, session):
    sue = make_staff(session, email="sue@example.org", role=Role.SUPERVISOR)
    robin = make_active(session, Arm.PEER, date(2026, 11, 1), first_name="Robin")
    item = make_item(session, robin, pool=Pool.STAFF, at=NOON)
    login(client, sue.email)
    path = f"/queue/items/{item.id}"
    client.post(f"{path}/claim", data={"csrf_token": csrf_token(client, path)})
    fields = {"form": "contact", "type": "phone", "minutes": "75", "note": "Long call."}
    client.post(f"{path}/contact", data={**form_data(client, path, f"{path}/contact"), **fields})
    item_page = client.get(path).get_data(as_text=True)
    person_page = client.get(f"/participants/{robin.study_id}").get_data(as_text=True)
    for page in (item_page, person_page):
        assert "1 h 15 min" in page and "75 min" not in page
    assert item_page.count("1 h 15 min") == 2  # the last contacts and the history


def test_the_workload_table_reads_durations_as_every_page_does_and_names_its_cells(client, session):
    pat = make_staff(session, role=Role.PEER_WORKER, email="pat@example.org", display_name="Pat")
    sue = make_staff(session, role=Role.SUPERVISOR, email="sue@example.org")
    robin = make_active(session, Arm.PEER, date(2026, 11, 1), peer_worker_id=pat.id)
    make_item(session, robin, pool=Pool.PEER, assignee_id=pat.id, at=NOON - timedelta(hours=1, minutes=30))
    make_item(session, robin, pool=Pool.PEER, assignee_id=pat.id, at=NOON - timedelta(days=2, hours=3))
    login(client, sue.email)
    page = client.get("/queue/workload/").get_data(as_text=True)
    assert '<td data-label="Oldest open">2 d 3 h</td>' in page  # was "2 d", and 90 min was "1.5 h"
    assert '<table class="stack">' in page


def test_a_wrong_method_and_a_server_error_get_a_page_with_a_way_back(app, client, session):
    def broken():
        raise RuntimeError("a bug")

    app.add_url_rule("/broken-for-test", "broken_for_test", broken)
    app.config["PROPAGATE_EXCEPTIONS"] = False  # as in production: the handler answers, not the test
    make_staff(session, email="ada@example.org", role=Role.ADMIN)
    login(client, "ada@example.org")
    for path, code, title in (
        ("/logout", 405, "Not available this way"),
        ("/broken-for-test", 500, "Something went wrong"),
    ):
        response = client.get(path)
        page = response.get_data(as_text=True)
        assert response.status_code == code and f"<h1>{title}</h1>" in page
        assert '<a href="/">Back to the start page</a>' in page


def test_a_crisis_on_another_tab_is_linked_from_the_alert(client, session):
    pat = make_staff(session, role=Role.PEER_WORKER, email="pat@example.org")
    robin = make_active(session, Arm.PEER, date(2026, 11, 1), peer_worker_id=pat.id)
    make_item(session, robin, level=Level.CRISIS, pool=Pool.SUPERVISOR, assignee_id=pat.id, at=NOON)
    login(client, pat.email)
    link = '1 is not on this tab: <a href="/queue/?tab=all">show all</a>.'
    unassigned = client.get("/queue/?tab=unassigned").get_data(as_text=True)
    assert "1 crisis item waiting. " + link in unassigned and "Nothing is waiting here." in unassigned
    for tab in ("mine", "all"):  # the crisis is listed right there
        page = client.get(f"/queue/?tab={tab}").get_data(as_text=True)
        assert "1 crisis item waiting." in page and "not on this tab" not in page, tab


def test_the_new_appointment_box_says_which_zone_it_is_typed_in_and_shown_in(client, session):
    make_staff(session, email="tom@example.org", role=Role.TRIAL_STAFF)
    vic = make_active(session, Arm.TEXT, date(2026, 11, 1), tz="America/Vancouver")
    login(client, "tom@example.org")
    page = client.get(f"/participants/{vic.study_id}").get_data(as_text=True)
    assert "Their time zone: America/Vancouver. Shown on staff pages in America/Edmonton." in page


def test_the_enrol_form_has_a_way_out_as_the_edit_and_withdraw_forms_do(client, session):
    make_staff(session, email="tom@example.org", role=Role.TRIAL_STAFF)
    login(client, "tom@example.org")
    page = client.get("/participants/new").get_data(as_text=True)
    assert '<button type="submit">Enrol</button>\n  <a href="/participants/">Cancel</a>' in page
