"""POST /trial/export: the research export as a zip, admins only, CSRF-checked, refusals said and audited."""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile

import pytest
from sqlalchemy import select

from tests.support import trial_story as story
from tests.support.builders import make_staff
from tests.support.web import csrf_token, login
from textsupport.models import AuditEntry, Role

ARMS = re.compile(r"\b(PEER_TEXT|PEER|TEXT|TAU)\b")


@pytest.fixture
def settings_overrides():
    return {"TEXTSUPPORT_NOW": "2026-11-23T19:00:00Z"}


@pytest.fixture
def built(session):
    return story.build(session)


def signed_in(client, session, role: Role):
    make_staff(session, email=f"{role.value}@example.org", role=role)
    login(client, f"{role.value}@example.org")
    return client


def post(client, **fields):
    return client.post("/trial/export", data={"csrf_token": csrf_token(client, "/trial/"), **fields})


def unzip(response) -> dict[str, bytes]:
    data = response.get_data()
    response.close()  # closes the temporary file the zip was sent from, as a WSGI server does
    with zipfile.ZipFile(io.BytesIO(data)) as bundle:
        return {name.split("/", 1)[1]: bundle.read(name) for name in bundle.namelist()}


@pytest.mark.parametrize(("role", "offered"), [(Role.ADMIN, True), (Role.TRIAL_STAFF, False)])
def test_the_dashboard_offers_the_export_to_admins_only(client, session, built, role, offered):
    signed_in(client, session, role)
    assert ('action="/trial/export"' in client.get("/trial/").get_data(as_text=True)) is offered


def test_an_admin_downloads_the_zip_and_it_is_audited(client, session, built):
    signed_in(client, session, Role.ADMIN)
    response = post(client)
    assert response.status_code == 200
    assert response.mimetype == "application/zip"
    assert "filename=textsupport-export-20261123T190000Z.zip" in response.headers["Content-Disposition"]
    files = unzip(response)
    assert sorted(files) == sorted(
        ["participants.csv", "assessments.csv", "texts.csv", "queue_items.csv", "peer_contacts.csv",
         "data_dictionary.csv", "manifest.json"]
    )  # fmt: skip
    people = list(csv.DictReader(io.StringIO(files["participants.csv"].decode("utf-8"), newline="")))
    assert len(people) == story.ENROLLED
    assert json.loads(files["manifest.json"])["files"]["participants.csv"]["rows"] == story.ENROLLED
    session.rollback()
    (entry,) = session.scalars(select(AuditEntry).where(AuditEntry.action == "research_export"))
    assert (entry.outcome.value, entry.ip) == ("ok", "127.0.0.1")


def test_a_rater_export_in_the_browser_has_no_arm(client, session, built):
    signed_in(client, session, Role.ADMIN)
    files = unzip(post(client, rater="y"))
    assert sorted(files) == ["assessments.csv", "data_dictionary.csv", "manifest.json", "participants.csv"]
    assert not any(ARMS.search(data.decode("utf-8")) for data in files.values())


def test_identifiable_needs_a_reason_and_the_page_says_so(client, session, built):
    signed_in(client, session, Role.ADMIN)
    response = post(client, identifiable="y", reason="  ")
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert "an identifiable export needs a reason" in page
    assert 'id="export-form"' in page  # the form again, to try once more
    ok = post(client, identifiable="y", reason="linkage to hospital records")
    assert "+1780555" in unzip(ok)["participants.csv"].decode("utf-8")
    session.rollback()
    actions = session.execute(select(AuditEntry.action, AuditEntry.outcome)).all()
    assert [(a, o.value) for a, o in actions if a.startswith("research_export")] == [
        ("research_export", "denied"),
        ("research_export_identifiable", "ok"),
    ]


@pytest.mark.parametrize("role", [Role.TRIAL_STAFF, Role.RATER, Role.SUPERVISOR, Role.PEER_WORKER])
def test_anyone_but_an_admin_is_refused_and_audited(client, session, built, role):
    signed_in(client, session, role)
    response = client.post("/trial/export", data={"csrf_token": csrf_token(client, "/")})
    assert response.status_code == 403
    session.rollback()
    assert (
        session.scalar(select(AuditEntry.detail).where(AuditEntry.action == "access_denied"))
        == "/trial/export"
    )


def test_without_its_csrf_token_nothing_is_exported(client, session, built):
    signed_in(client, session, Role.ADMIN)
    response = client.post("/trial/export", data={})
    assert response.status_code == 400
    assert response.mimetype == "text/html"
    session.rollback()
    assert (
        session.scalars(select(AuditEntry.action).where(AuditEntry.action == "research_export")).all() == []
    )


def test_a_reason_typed_without_identifiable_changes_nothing(client, session, built):
    signed_in(client, session, Role.ADMIN)
    files = unzip(post(client, reason="just in case"))
    assert "+1780555" not in files["participants.csv"].decode("utf-8")
    assert json.loads(files["manifest.json"])["options"] == {
        "identifiable": False,
        "reason": None,
        "rater": False,
    }
