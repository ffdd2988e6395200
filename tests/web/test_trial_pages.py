"""Trial staff pages: every page for every role, forms that keep input, and a blind rater view."""

import re

import pytest
from freezegun import freeze_time
from sqlalchemy import func, select

from tests.support.builders import enrolment_input, make_participant, make_ready_participant, make_staff
from tests.support.web import csrf_token, form_data, login
from textsupport.models import Allocation, AuditEntry, AuditOutcome, Participant, Role
from textsupport.services.trial import allocations, randomize

ALL_ROLES = list(Role)
ACCESS = {
    "/participants/": {Role.ADMIN, Role.TRIAL_STAFF, Role.SUPERVISOR},
    "/participants/new": {Role.ADMIN, Role.TRIAL_STAFF},
    "/participants/{sid}": {Role.ADMIN, Role.TRIAL_STAFF, Role.SUPERVISOR},
    "/participants/{sid}/randomize": {Role.ADMIN, Role.TRIAL_STAFF},
    "/participants/{sid}/edit": {Role.ADMIN, Role.TRIAL_STAFF},
    "/participants/{sid}/withdraw": {Role.ADMIN, Role.TRIAL_STAFF},
    "/allocations/": {Role.ADMIN},
    "/allocations/export.csv": {Role.ADMIN},
    "/assessments/": {Role.ADMIN, Role.RATER},
    "/assessments/export.csv": {Role.ADMIN, Role.RATER},
    "/audit": {Role.ADMIN},
}
ARMS = re.compile(r"\b(PEER_TEXT|PEER|TEXT|TAU)\b")


def signed_in(client, session, role: Role):
    make_staff(session, email=f"{role.value}@example.org", role=role)
    login(client, f"{role.value}@example.org")
    return client


@pytest.mark.parametrize("role", ALL_ROLES, ids=[r.value for r in ALL_ROLES])
@pytest.mark.parametrize("path", list(ACCESS))
def test_every_page_for_every_role(client, session, path, role):
    participant = make_participant(session)
    signed_in(client, session, role)
    response = client.get(path.format(sid=participant.study_id))
    allowed = role in ACCESS[path]
    assert response.status_code == (200 if allowed else 403)
    denied = session.scalar(
        select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "access_denied")
    )
    assert denied == (0 if allowed else 1)


@pytest.mark.parametrize("path", list(ACCESS))
def test_every_page_needs_a_login(client, session, path):
    participant = make_participant(session)
    response = client.get(path.format(sid=participant.study_id))
    assert response.status_code == 302 and "/login" in response.headers["Location"]


def test_trial_staff_cannot_see_generate_or_import_the_table(client, session):
    signed_in(client, session, Role.TRIAL_STAFF)
    token = csrf_token(client, "/")
    assert client.get("/allocations/").status_code == 403
    assert (
        client.post(
            "/allocations/generate", data={"csrf_token": token, "seed": "s", "per_stratum": 4, "sites": "n"}
        ).status_code
        == 403
    )
    assert client.get("/allocations/export.csv").status_code == 403
    session.expire_all()
    assert (
        session.scalar(
            select(func.count()).select_from(AuditEntry).where(AuditEntry.outcome == AuditOutcome.DENIED)
        )
        == 3
    )


# The same valid enrolment as the service tests use, as the form posts it (checkboxes send "y").
ENROL = {
    **{k: v for k, v in enrolment_input().items() if k != "eligibility_confirmed"},
    "text_capable_phone": "y",
    "reads_english": "y",
    "baseline_done": "y",
}


@freeze_time("2026-11-23T17:00:00Z")
def test_enrol_form_saves_and_shows_the_participant(client, session):
    signed_in(client, session, Role.TRIAL_STAFF)
    response = client.post("/participants/new", data=dict(ENROL, **form_data(client, "/participants/new")))
    assert response.status_code == 302
    participant = session.scalar(select(Participant))
    assert participant.phone == "+17805550142" and participant.eligibility_confirmed_at is not None
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert f"Enrolled {participant.study_id}" in page
    assert "Consent recorded" in page


@freeze_time("2026-11-23T17:00:00Z")
def test_enrol_form_keeps_what_was_typed_and_marks_the_bad_field(client, session):
    signed_in(client, session, Role.TRIAL_STAFF)
    data = dict(ENROL, phone="12345", first_name="<script>alert(1)</script>")
    response = client.post("/participants/new", data=dict(data, **form_data(client, "/participants/new")))
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "Nothing was saved" in page
    assert re.search(r'aria-invalid="true"[^>]*id="phone"|id="phone"[^>]*aria-invalid="true"', page)
    assert "too short" in page
    assert 'value="&lt;script&gt;alert(1)&lt;/script&gt;"' in page
    assert session.scalar(select(func.count()).select_from(Participant)) == 0


@freeze_time("2026-11-23T17:00:00Z")
def test_one_checked_eligibility_box_is_not_eligibility(client, session):
    signed_in(client, session, Role.TRIAL_STAFF)
    data = {k: v for k, v in ENROL.items() if k != "reads_english"}
    client.post("/participants/new", data=dict(data, **form_data(client, "/participants/new")))
    assert session.scalar(select(Participant)).eligibility_confirmed_at is None


def test_randomize_button_commits_and_shows_the_arm(client, session):
    allocations.generate(session, "seed", 4, ["north"], ("site", "sex"), actor_id=None)
    participant = make_ready_participant(session)
    signed_in(client, session, Role.TRIAL_STAFF)
    confirm = client.get(f"/participants/{participant.study_id}/randomize").get_data(as_text=True)
    assert "cannot be undone" in confirm and not ARMS.search(confirm)
    token = csrf_token(client, f"/participants/{participant.study_id}/randomize")
    response = client.post(
        f"/participants/{participant.study_id}/randomize", data={"csrf_token": token}, follow_redirects=True
    )
    arm = session.scalar(select(Allocation.arm))
    assert f"is randomised to {arm.value}" in response.get_data(as_text=True)


def test_randomize_refusal_says_what_is_missing(client, session):
    participant = make_ready_participant(session, baseline_done_at=None)
    signed_in(client, session, Role.TRIAL_STAFF)
    page = client.get(f"/participants/{participant.study_id}/randomize").get_data(as_text=True)
    assert "baseline assessment not done" in page
    token = csrf_token(client, f"/participants/{participant.study_id}")
    response = client.post(
        f"/participants/{participant.study_id}/randomize", data={"csrf_token": token}, follow_redirects=True
    )
    assert "Not randomised: cannot randomise yet: baseline assessment not done" in response.get_data(
        as_text=True
    )


def test_viewing_a_participant_is_audited(client, session):
    participant = make_participant(session)
    staff = signed_in(client, session, Role.SUPERVISOR)
    staff.get(f"/participants/{participant.study_id}")
    entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "view_participant"))
    assert entry.target_id == participant.study_id


def test_withdraw_form_needs_a_reason_then_withdraws(client, session):
    participant = make_participant(session)
    signed_in(client, session, Role.TRIAL_STAFF)
    path = f"/participants/{participant.study_id}/withdraw"
    assert client.post(path, data={"csrf_token": csrf_token(client, path), "reason": ""}).status_code == 400
    response = client.post(
        path,
        data={"csrf_token": csrf_token(client, path), "kind": "study", "reason": "moved"},
        follow_redirects=True,
    )
    assert "is withdrawn from the study" in response.get_data(as_text=True)


def test_admin_is_warned_about_a_stratum_running_low(client, session, app, settings):
    allocations.import_csv(
        session, "site,sex,arm\nnorth,F,TEXT\nnorth,F,TAU\n", ("site", "sex"), actor_id=None
    )
    randomize.randomize(session, make_ready_participant(session).study_id, settings, actor_id=None)
    randomize.randomize(session, make_ready_participant(session).study_id, settings, actor_id=None)
    signed_in(client, session, Role.ADMIN)
    page = client.get("/allocations/").get_data(as_text=True)
    assert "Running low" in page and "site=north|sex=F" in page


def test_admin_import_of_a_bad_file_saves_nothing_and_says_why(client, session):
    import io

    signed_in(client, session, Role.ADMIN)
    data = {
        "csrf_token": csrf_token(client, "/allocations/"),
        "table": (io.BytesIO(b"site,sex,arm\nnorth,F,MAYBE\n"), "t.csv"),
    }
    response = client.post("/allocations/import", data=data, content_type="multipart/form-data")
    assert response.status_code == 400
    assert "line 2: unknown arm" in response.get_data(as_text=True)
    assert "Nothing was imported" in response.get_data(as_text=True)


def test_rater_pages_never_show_the_arm(client, session, app, settings):
    with freeze_time("2026-11-23T18:00:00Z"):
        allocations.generate(session, "seed", 8, ["north"], ("site", "sex"), actor_id=None)
        for _ in range(4):
            randomize.randomize(session, make_ready_participant(session).study_id, settings, actor_id=None)
    with freeze_time("2027-01-02T18:00:00Z"):  # the 6-week assessments are due
        signed_in(client, session, Role.RATER)
        page = client.get("/assessments/").get_data(as_text=True)
        export = client.get("/assessments/export.csv").get_data(as_text=True)
    assert "week 6" in page
    assert not ARMS.search(page)
    assert len(export.splitlines()) == 1 + 4 * 5  # header + every time point of 4 participants
    assert not ARMS.search(export)


POSTS = {
    "/participants/{sid}/steps/eligibility": {Role.ADMIN, Role.TRIAL_STAFF},
    "/participants/{sid}/randomize": {Role.ADMIN, Role.TRIAL_STAFF},
    "/participants/{sid}/withdraw": {Role.ADMIN, Role.TRIAL_STAFF},
    "/participants/{sid}/appointments": {Role.ADMIN, Role.TRIAL_STAFF},
    "/participants/{sid}/appointments/1": {Role.ADMIN, Role.TRIAL_STAFF},
    "/participants/{sid}/appointments/1/cancel": {Role.ADMIN, Role.TRIAL_STAFF},
    "/participants/{sid}/edit": {Role.ADMIN, Role.TRIAL_STAFF},
    "/allocations/generate": {Role.ADMIN},
    "/allocations/import": {Role.ADMIN},
    "/assessments/1/complete": {Role.ADMIN, Role.RATER},
}


@pytest.mark.parametrize("role", ALL_ROLES, ids=[r.value for r in ALL_ROLES])
@pytest.mark.parametrize("path", list(POSTS))
def test_every_action_refuses_other_roles(client, session, path, role):
    participant = make_participant(session)
    signed_in(client, session, role)
    response = client.post(
        path.format(sid=participant.study_id), data={"csrf_token": csrf_token(client, "/")}
    )
    if role in POSTS[path]:
        assert response.status_code != 403
    else:
        assert response.status_code == 403
        session.refresh(participant)
        assert participant.status.value == "enrolled" and participant.eligibility_confirmed_at is None


SELECT_SITE = re.compile(r'<select[^>]*name="site"[^>]*>(.*?)</select>', re.S)


def site_choices(page: str) -> list[str]:
    return re.findall(r'<option[^>]*value="([^"]*)"', SELECT_SITE.search(page)[1])


def test_the_enrol_form_offers_the_configured_sites(client, session):
    signed_in(client, session, Role.TRIAL_STAFF)
    assert site_choices(client.get("/participants/new").get_data(as_text=True)) == ["", "north", "south"]


@pytest.mark.parametrize("settings", [{"SITES": ""}], indirect=True)
def test_without_sites_the_enrol_form_offers_the_table_s_sites(client, session):
    allocations.generate(session, "seed", 4, ["west", "east"], ("site", "sex"), actor_id=None)
    signed_in(client, session, Role.TRIAL_STAFF)
    assert site_choices(client.get("/participants/new").get_data(as_text=True)) == ["", "east", "west"]


@freeze_time("2026-11-23T17:00:00Z")
def test_the_enrol_form_refuses_a_site_not_offered(client, session):
    signed_in(client, session, Role.TRIAL_STAFF)
    tokens = form_data(client, "/participants/new")
    response = client.post("/participants/new", data=dict(ENROL, site="nrth", **tokens))
    assert response.status_code == 400
    assert "&#39;nrth&#39; is not a recruiting site; choose one of north, south" in response.get_data(
        as_text=True
    )
    assert session.scalar(select(func.count()).select_from(Participant)) == 0


def test_staff_correct_a_stranded_participant_s_site_from_the_page(client, session):
    participant = make_ready_participant(session, site="nrth", first_name="Jo")
    signed_in(client, session, Role.TRIAL_STAFF)
    show = client.get(f"/participants/{participant.study_id}").get_data(as_text=True)
    assert f'href="/participants/{participant.study_id}/edit">Edit enrolment details' in show
    form = client.get(f"/participants/{participant.study_id}/edit").get_data(as_text=True)
    assert 'value="Jo"' in form and site_choices(form) == ["", "north", "south"]
    data = {
        "csrf_token": csrf_token(client, f"/participants/{participant.study_id}/edit"),
        "phone": participant.phone,
        "first_name": "Jo",
        "site": "south",
        "sex": "F",
        "tz": "America/Edmonton",
        "date_of_birth": participant.date_of_birth.isoformat(),
        "discharge_date": participant.discharge_date.isoformat(),
    }
    response = client.post(f"/participants/{participant.study_id}/edit", data=data, follow_redirects=True)
    assert "Corrected: site." in response.get_data(as_text=True)
    session.expire_all()
    assert session.get(Participant, participant.id).site == "south"
    entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "correct_enrolment"))
    assert (entry.outcome, entry.detail) == (AuditOutcome.OK, "site")


def test_after_randomisation_the_edit_page_refuses_clearly(client, session, app, settings):
    allocations.generate(session, "seed", 4, ["north"], ("site", "sex"), actor_id=None)
    participant = make_ready_participant(session, site="north")
    randomize.randomize(session, participant.study_id, settings, actor_id=None)
    signed_in(client, session, Role.ADMIN)
    path = f"/participants/{participant.study_id}/edit"
    page = client.get(path, follow_redirects=True).get_data(as_text=True)
    assert "Enrolment details cannot be corrected after randomisation." in page
    assert "Edit enrolment details" not in page
    token = csrf_token(client, f"/participants/{participant.study_id}/withdraw")
    data = {"csrf_token": token, "site": "south", "sex": "F", "phone": participant.phone}
    page = client.post(path, data=dict(data, first_name="X"), follow_redirects=True).get_data(as_text=True)
    assert "cannot be corrected after randomisation" in page
    session.expire_all()
    assert session.get(Participant, participant.id).site == "north"


def test_a_participant_page_opens_from_a_lower_case_id_and_audits_the_stored_one(client, session):
    person = make_participant(session)
    signed_in(client, session, Role.TRIAL_STAFF)
    response = client.get(f"/participants/{person.study_id.lower()}")
    assert response.status_code == 200 and person.study_id in response.get_data(as_text=True)
    session.rollback()
    entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "view_participant"))
    assert entry.target_id == person.study_id


@freeze_time("2026-11-23T17:00:00Z")
def test_the_enrol_form_refuses_a_phone_with_letters(client, session):
    signed_in(client, session, Role.TRIAL_STAFF)
    tokens = form_data(client, "/participants/new")
    response = client.post("/participants/new", data=dict(ENROL, phone="780-555-ABCD", **tokens))
    assert response.status_code == 400
    assert "has letters; type the number in digits only" in response.get_data(as_text=True)
    assert session.scalar(select(func.count()).select_from(Participant)) == 0


def test_generating_shows_the_plan_first_and_adds_exactly_that_once_confirmed(client, session):
    allocations.generate(session, "seed", 8, ["north"], ("site", "sex"), actor_id=None)
    signed_in(client, session, Role.ADMIN)
    data = {
        "csrf_token": csrf_token(client, "/allocations/"),
        "seed": "s2",
        "per_stratum": 13,
        "sites": "north",
    }
    page = client.post("/allocations/generate", data=data).get_data(as_text=True)
    assert "Add 13 slots to each stratum?" in page
    rows = re.findall(r"<tr><td>(site=[^<]+)</td><td>(\d+)</td><td>(\d+)</td><td>(\d+)</td></tr>", page)
    assert rows == [(f"site=north|sex={sex}", "8", "13", "21") for sex in "FMX"]
    assert 'name="confirm" value="1"' in page
    session.rollback()
    assert {s.total for s in allocations.status(session)} == {8}  # nothing added yet
    response = client.post("/allocations/generate", data=dict(data, confirm="1"), follow_redirects=True)
    assert "13 slots added per stratum" in response.get_data(as_text=True)
    session.rollback()
    assert {s.total for s in allocations.status(session)} == {21}


def test_the_generate_form_starts_with_the_configured_sites(client, session):
    signed_in(client, session, Role.ADMIN)
    page = client.get("/allocations/").get_data(as_text=True)
    assert re.search(r'name="sites"[^>]*value="north,south"', page)


def test_the_participant_search_is_a_post_so_no_phone_is_ever_in_a_url(client, session):
    found = make_participant(session, phone="+17805550123")
    other = make_participant(session, phone="+17805550124")
    signed_in(client, session, Role.TRIAL_STAFF)
    page = client.get("/participants/").get_data(as_text=True)
    assert re.search(r'<form method="post" role="search"', page)
    token = csrf_token(client, "/participants/")
    searched = client.post("/participants/", data={"q": "+1 780 555 0123", "csrf_token": token})
    page = searched.get_data(as_text=True)
    assert found.study_id in page and other.study_id not in page
    # A phone in the address does not search (it lists everyone): no link or bookmark carries one.
    page = client.get("/participants/?q=%2B17805550123").get_data(as_text=True)
    assert found.study_id in page and other.study_id in page
    assert client.post("/participants/", data={"q": "+17805550123"}).status_code == 400  # no CSRF token


@freeze_time("2026-11-23T17:00:00Z")
def test_enrol_form_offers_english_and_french_and_saves_the_choice(client, session):
    signed_in(client, session, Role.TRIAL_STAFF)
    page = client.get("/participants/new").get_data(as_text=True)
    assert re.search(r'<select[^>]*name="language"', page)
    assert '<option selected value="en">English</option>' in page
    assert '<option value="fr">French (français)</option>' in page
    response = client.post(
        "/participants/new", data=dict(ENROL, language="fr", **form_data(client, "/participants/new"))
    )
    assert session.scalar(select(Participant.language)) == "fr"
    assert '<dd id="language">fr</dd>' in client.get(response.headers["Location"]).get_data(as_text=True)


@freeze_time("2026-11-23T17:00:00Z")
def test_enrol_form_refuses_a_language_without_a_bank(client, session):
    signed_in(client, session, Role.TRIAL_STAFF)
    data = dict(ENROL, language="es", **form_data(client, "/participants/new"))
    response = client.post("/participants/new", data=data)
    page = response.get_data(as_text=True)
    assert response.status_code == 400 and "Nothing was saved" in page
    assert "is not a language of the message bank; choose en (English) or fr (French)" in page
    assert session.scalar(select(func.count()).select_from(Participant)) == 0
