"""The training page: supervisors record completions, see each worker's status and who expires soon."""

from datetime import date

import pytest
from sqlalchemy import func, select

from tests.support.builders import make_staff, train
from tests.support.times import MONDAY_NOON as NOON
from tests.support.web import csrf_token, login
from textsupport.models import Role, TrainingCompletion

PAGE = "/programme/training"


@pytest.fixture
def people(app, session):
    app.config["TEXTSUPPORT_NOW"] = NOON  # Mon 2026-11-23 local
    sue = make_staff(session, role=Role.SUPERVISOR, email="sue@example.org")
    pat = make_staff(session, role=Role.PEER_WORKER, display_name="Pat Peer", trained=False)
    return sue, pat


def completions(session) -> int:
    session.rollback()
    return session.scalar(select(func.count()).select_from(TrainingCompletion))


def test_a_supervisor_records_a_completion_and_sees_it_valid_until_its_expiry(client, session, people):
    _, pat = people
    login(client, "sue@example.org")
    page = client.get(PAGE).get_data(as_text=True)
    assert "May not hold a caseload" in page and "Privacy and confidentiality" in page
    form = {"worker_id": pat.id, "module_key": "privacy", "completed_on": "2026-11-20", "hours": "6",
            "trainer": "Dana Lee", "csrf_token": csrf_token(client, PAGE)}  # fmt: skip
    answer = client.post(PAGE, data=form, follow_redirects=True)
    page = answer.get_data(as_text=True)
    assert answer.status_code == 200 and "Training recorded: valid until 2027-11-20." in page
    assert "valid until 2027-11-20" in page
    assert completions(session) == 1


@pytest.mark.parametrize(
    ("field", "value", "says"),
    [("completed_on", "2026-11-24", "is in the future"), ("hours", "-3", "Hours must be more than 0")],
)
def test_bad_input_is_refused_with_the_reason_and_the_form_keeps_what_was_typed(
    client, session, people, field, value, says
):
    _, pat = people
    login(client, "sue@example.org")
    form = {"worker_id": str(pat.id), "module_key": "suicide_risk", "completed_on": "2026-11-20",
            "hours": "6", "trainer": "Dana O'Lee"} | {field: value}  # fmt: skip
    answer = client.post(PAGE, data=form | {"csrf_token": csrf_token(client, PAGE)})
    page = answer.get_data(as_text=True)
    assert answer.status_code == 400 and says in page and 'role="alert"' in page
    assert f'value="{value}"' in page and "Dana O&#39;Lee" in page
    assert f'<option value="{pat.id}" selected>' in page and '<option value="suicide_risk" selected>' in page
    assert completions(session) == 0


def test_without_csrf_nothing_is_recorded(client, session, people):
    _, pat = people
    login(client, "sue@example.org")
    form = {"worker_id": pat.id, "module_key": "privacy", "completed_on": "2026-11-20", "hours": "6",
            "trainer": "Dana Lee"}  # fmt: skip
    assert client.post(PAGE, data=form).status_code == 400
    assert completions(session) == 0


def test_the_next_30_days_list_names_the_worker_and_module(client, session, people):
    _, pat = people
    train(session, pat, ["privacy"], on=date(2025, 12, 10), expires_on=date(2026, 12, 10))
    login(client, "sue@example.org")
    page = client.get(PAGE).get_data(as_text=True)
    expiring = page.split('id="expiring"')[1].split("</table>")[0]
    assert "Pat Peer" in expiring and "Privacy and confidentiality" in expiring and "2026-12-10" in expiring


def test_a_peer_worker_may_not_open_or_post_to_it(client, session, people):
    _, pat = people
    login(client, pat.email)
    assert client.get(PAGE).status_code == 403


def test_an_untrained_peer_is_told_on_their_queue_page_why_new_items_go_to_supervisors(
    client, session, people
):
    _, pat = people
    train(session, pat, ["privacy", "using_this_system"])
    login(client, pat.email)
    page = client.get("/queue/").get_data(as_text=True)
    assert "Pat Peer may not take crisis items until training is current" in page
    assert "Suicide-risk training (missing)" in page and "may not hold a caseload" not in page
