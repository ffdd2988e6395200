"""The trial dashboard through the test client: blinding per role, the story's numbers, the scope in the
URL, bad input, and the CONSORT diagram's download."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from tests.support import trial_story as story
from tests.support.web import login
from textsupport.models import AuditEntry, AuditOutcome, Role

ARMS = re.compile(r"\b(PEER_TEXT|PEER|TEXT|TAU)\b")


@pytest.fixture
def settings_overrides():
    return {"TEXTSUPPORT_NOW": "2026-11-23T19:00:00Z", "RECRUITMENT_TARGET": "20"}


@pytest.fixture
def built(session):
    return story.build(session)


def as_role(client, session, role: Role):
    from tests.support.builders import make_staff

    make_staff(session, email=f"{role.value}@example.org", role=role)
    login(client, f"{role.value}@example.org")
    return client


def row(page: str, name: str) -> list[str]:
    """The cells of the CONSORT table's row for one box."""
    match = re.search(rf'<tr id="box-{name}">(.*?)</tr>', page, re.S)
    assert match, name
    return re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", match[1])


def test_admins_see_every_box_split_by_arm(client, session, built):
    page = as_role(client, session, Role.ADMIN).get("/trial/?from=2026-04-01").get_data(as_text=True)

    assert row(page, "randomised") == [
        "Randomised",
        str(story.RANDOMISED),
        *map(str, story.RANDOMISED_BY_ARM.values()),
    ]
    assert row(page, "started")[1:] == [str(story.STARTED), *map(str, story.STARTED_BY_ARM.values())]
    assert row(page, "enrolled") == [
        "Enrolled",
        str(story.ENROLLED),
        "",
        "",
        "",
        "",
    ]  # no arm before randomisation
    assert row(page, "lost")[1] == str(story.LOST_TO_FOLLOW_UP)
    assert 'id="balance-table"' in page
    assert "Figures as of 2026-11-23 12:00 MST" in page
    assert "8 randomised of a target of 20 (40%)" in page
    assert "median <strong>1 h 12 min</strong>, 90th percentile <strong>2 h 42 min</strong>" in page
    assert 'id="recent-weeks"' not in page


def test_with_no_dates_texts_replies_and_the_queue_show_the_last_four_weeks(client, session, built):
    page = as_role(client, session, Role.ADMIN).get("/trial/").get_data(as_text=True)

    assert "Texts, replies and the queue: the weeks since 2026-11-02" in page
    texts = re.search(r'<table id="texts-table">.*?</table>', page, re.S)[0]
    assert re.findall(r'<th scope="row">([\d-]+)</th>', texts) == [
        "2026-11-02",
        "2026-11-09",
        "2026-11-16",
        "2026-11-23",
    ]
    assert row(page, "enrolled")[1] == str(story.ENROLLED)  # the participants of the whole trial


def test_trial_staff_see_pooled_figures_and_no_arm_anywhere(client, session, built):
    response = as_role(client, session, Role.TRIAL_STAFF).get("/trial/")
    page = response.get_data(as_text=True)

    assert response.status_code == 200
    assert row(page, "randomised") == ["Randomised", str(story.RANDOMISED)]
    assert row(page, "enrolled") == ["Enrolled", str(story.ENROLLED)]
    assert ARMS.findall(page) == []
    assert 'id="balance-table"' not in page
    svg = client.get("/trial/consort.svg").get_data(as_text=True)
    assert ARMS.findall(svg) == []
    assert f"Randomised (n={story.RANDOMISED})" in svg


@pytest.mark.parametrize("role", [Role.RATER, Role.PEER_WORKER, Role.SUPERVISOR], ids=lambda r: r.value)
@pytest.mark.parametrize("path", ["/trial/", "/trial/consort.svg"])
def test_other_roles_are_refused_and_the_refusal_audited(client, session, built, role, path):
    response = as_role(client, session, role).get(path)

    assert response.status_code == 403
    assert ARMS.findall(response.get_data(as_text=True)) == []
    denied = session.scalars(select(AuditEntry).where(AuditEntry.outcome == AuditOutcome.DENIED)).all()
    assert [entry.detail for entry in denied] == [path]


def test_the_diagram_downloads_as_svg_per_arm_for_admins(client, session, built):
    response = as_role(client, session, Role.ADMIN).get("/trial/consort.svg?site=south")

    assert response.mimetype == "image/svg+xml"
    assert response.headers["Content-Disposition"] == 'attachment; filename="consort.svg"'
    svg = response.get_data(as_text=True)
    assert svg.startswith('<svg xmlns="http://www.w3.org/2000/svg"')
    assert f"Enrolled (n={story.SOUTH_ENROLLED})" in svg
    assert "PEER_TEXT (n=1)" in svg


def test_the_scope_stays_in_the_url_and_narrows_the_figures(client, session, built):
    page = as_role(client, session, Role.ADMIN).get("/trial/?site=south&from=&to=").get_data(as_text=True)

    assert row(page, "enrolled")[1] == str(story.SOUTH_ENROLLED)
    assert '<option value="south" selected>' in page
    assert 'href="/trial/consort.svg?site=south"' in page


@pytest.mark.parametrize(
    ("query", "says"),
    [
        ("from=yesterday", "From: 'yesterday' is not a date; use YYYY-MM-DD."),
        ("from=2026-11-20&to=2026-11-01", "The range starts (2026-11-20) after it ends (2026-11-01)."),
        ("site=mars", "There is no site 'mars'; choose one of north, south."),
        ("to=2026-02-30", "To: '2026-02-30' is not a date; use YYYY-MM-DD."),
    ],
)
def test_bad_input_is_a_clear_400_not_a_500(client, session, built, query, says):
    as_role(client, session, Role.ADMIN)

    page = client.get(f"/trial/?{query}")
    assert page.status_code == 400
    assert says.replace("'", "&#39;") in page.get_data(as_text=True)
    download = client.get(f"/trial/consort.svg?{query}")
    assert download.status_code == 400
    assert download.get_data(as_text=True) == says + "\n"


@pytest.mark.parametrize("role", [Role.ADMIN, Role.TRIAL_STAFF], ids=lambda r: r.value)
def test_home_and_the_menu_link_to_the_dashboard(client, session, role):
    page = as_role(client, session, role).get("/").get_data(as_text=True)

    assert page.count('href="/trial/"') == 2


def test_an_empty_trial_shows_empty_figures(client, session):
    page = as_role(client, session, Role.ADMIN).get("/trial/").get_data(as_text=True)

    assert row(page, "enrolled")[1] == "0"
    assert "No texts yet." in page
    assert "No recruitment target" not in page  # RECRUITMENT_TARGET is set here
