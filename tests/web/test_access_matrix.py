"""Every route, every method, as anonymous and as each role, held to web/access.py's ROUTES table.

A route without a row fails; a refusal that writes no audit row fails; a 500 anywhere fails.
Path arguments name nothing that exists, so an allowed request changes nothing (it is a 404 or a
form error), and sign-out is requested last.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from flask import url_for
from sqlalchemy import func, select

from tests.support.builders import make_active, make_participant, make_staff
from tests.support.queue_builders import make_item
from tests.support.web import csrf_token, login
from textsupport.models import Allocation, AllocationSlot, Arm, Assessment, AssessmentKind, AuditEntry, Role
from textsupport.services.staff import refusals
from textsupport.web.access import PAGES, PERSONAL, PUBLIC, ROUTES, SIGNED_IN, TWILIO

ARGUMENTS = {"int": "999999", "default": "TS-NONE"}  # by converter: ids no row has
NAMED = {"filename": "style.css", "action": "claim", "step": "consent"}
ROLES = [None, *Role]  # None: nobody signed in


PLACEHOLDER = re.compile(r"<(?:(\w+)(?:\([^)]*\))?:)?(\w+)>")  # <name> or <converter:name>


def routes(app) -> list[tuple[str, str, str]]:
    """(endpoint, method, path) for every rule of the app, sign-out last."""
    found = []
    for rule in app.url_map.iter_rules():
        path = PLACEHOLDER.sub(
            lambda m: NAMED.get(m[2], ARGUMENTS["int" if m[1] == "int" else "default"]), rule.rule
        )
        found += [(rule.endpoint, method, path) for method in sorted(rule.methods - {"HEAD", "OPTIONS"})]
    return sorted(found, key=lambda route: route[0] == "auth.logout")


def expected(endpoint: str, role: Role | None) -> str:
    """What the table says this role gets: 'open', 'sign-in' or 'refused'."""
    access = ROUTES[endpoint]
    if endpoint == "auth.logout":
        return "sign-in"  # signed in or not, sign-out ends on the sign-in page
    if access == PUBLIC:
        return "open"
    if access == TWILIO:
        return "refused"  # unsigned, whoever is signed in
    if role is None:
        return "sign-in"
    if access == SIGNED_IN or role in PAGES[access]:
        return "open"
    return "refused"


def outcome(response) -> str:
    location = response.headers.get("Location", "")
    if response.status_code in (301, 302, 303, 307, 308) and "/login" in location:
        return "sign-in"
    if response.status_code in (401, 403):
        return "refused"
    return "open"


def test_every_route_has_a_row_in_the_table(app):
    assert sorted({rule.endpoint for rule in app.url_map.iter_rules()} - set(ROUTES)) == []
    assert sorted(set(ROUTES) - {rule.endpoint for rule in app.url_map.iter_rules()}) == []
    assert {access for access in ROUTES.values()} <= {PUBLIC, SIGNED_IN, TWILIO, *PAGES}


@pytest.mark.parametrize("role", ROLES, ids=lambda role: role.value if role else "anonymous")
def test_each_route_answers_each_role_as_the_table_says(app, client, session, role):
    if role is not None:
        make_staff(session, email="who@example.org", role=role)
        login(client, "who@example.org")
    token = csrf_token(client, "/login" if role is None else "/")
    wrong = []
    for endpoint, method, path in routes(app):
        denials = _denials(session)
        response = client.open(path, method=method, data={"csrf_token": token} if method == "POST" else None)
        response.close()
        got, want = outcome(response), expected(endpoint, role)
        if response.status_code >= 500 or got != want:
            wrong.append(f"{method} {path}: {response.status_code} ({got}), table says {want}")
        elif got == "refused" and _denials(session) == denials:
            wrong.append(f"{method} {path}: refused without an audit row")
    assert wrong == []
    assert outcome(client.get("/")) == "sign-in"  # sign-out, requested last, really ended the session


def _denials(session) -> int:
    """Audit rows of refusals, plus refusals counted per minute (webhooks: services/staff/refusals.py)."""
    session.rollback()  # see the app's commits
    audited = select(func.count()).select_from(AuditEntry).where(AuditEntry.outcome == "denied")
    return session.scalar(audited) + refusals.total(session)


@pytest.mark.parametrize("number", ["99999999999999999999", "2147483648", "0"])
def test_an_id_out_of_range_in_any_route_is_a_404_never_a_500(app, client, session, number):
    make_staff(session, email="admin@example.org", role=Role.ADMIN)
    login(client, "admin@example.org")
    token = csrf_token(client, "/")
    for endpoint, method, path in routes(app):
        if ARGUMENTS["int"] not in path:
            continue
        response = client.open(
            path.replace(ARGUMENTS["int"], number), method=method, data={"csrf_token": token}
        )
        assert response.status_code == 404, (endpoint, method, path)


NAME, PHONE, BODY = "Zephyrine", "+17805550777", "quetzal marker reply"
SHOWN = (NAME, PHONE, "555-0777", "5550777", BODY)  # the phone as stored or as a page may format it


def test_pages_showing_personal_data_are_in_the_table_and_each_view_is_audited(app, client, session):
    admin = make_staff(session, email="admin@example.org", role=Role.ADMIN)  # admins may open every page
    arguments = real_rows(session, first_name=NAME, phone=PHONE, body=BODY)
    login(client, admin.email)
    assert set(PERSONAL) <= set(ROUTES)
    wrong, opened = [], set()
    token = csrf_token(client, "/")
    for rule in app.url_map.iter_rules():
        # Pages, and the downloads a form asks for (POST-only rows of PERSONAL, sent with no choices).
        method = "GET" if "GET" in rule.methods else "POST" if rule.endpoint in PERSONAL else None
        if method is None or rule.endpoint == "auth.logout":
            continue
        path = path_of(app, rule, arguments, admin.id)
        views = _views(session, admin.id, PERSONAL.get(rule.endpoint))
        response = client.open(path, method=method, data={"csrf_token": token} if method == "POST" else None)
        page = response.get_data().decode("utf-8", "replace")  # a zip is not text
        response.close()
        shown = [marker for marker in SHOWN if marker in page]
        if response.status_code == 200:
            opened.add(rule.endpoint)
        if shown and rule.endpoint not in PERSONAL:
            wrong.append(f"{path} shows {shown} but has no row in PERSONAL")
        audited = _views(session, admin.id, PERSONAL.get(rule.endpoint)) > views
        if rule.endpoint in PERSONAL and response.status_code == 200 and not audited:
            wrong.append(f"{path} ({response.status_code}) wrote no {PERSONAL[rule.endpoint]} audit row")
    assert wrong == [], "\n".join(wrong)
    assert set(PERSONAL) <= opened  # each was really opened, not refused or missing


def real_rows(session, *, body: str = "a reply", **participant):
    """A randomised participant with a queue item and a follow-up due, and one only enrolled, so
    every page has a row to show: the path arguments, by endpoint (None: any) and name."""
    person = make_active(session, Arm.PEER_TEXT, date(2026, 11, 1), **participant)
    item = make_item(session, person, body=body)
    session.add(Assessment(participant_id=person.id, kind=AssessmentKind.WEEK_6, due_date=date(2026, 11, 20)))
    stratum = f"site={person.site}|sex={person.sex.value}"  # as a real table names it, for its export
    for row in session.scalars(select(AllocationSlot)).all() + session.scalars(select(Allocation)).all():
        row.stratum = stratum
    session.commit()
    # Enrolment details change only before randomising.
    enrolled = make_participant(
        session, **{key: participant[key] for key in participant if key == "first_name"}
    )
    return {
        None: {"study_id": person.study_id, "item_id": item.id, "filename": "style.css"},
        "participants.edit": {"study_id": enrolled.study_id},
    }


def path_of(app, rule, arguments: dict, user_id: int) -> str:
    """The path of `rule` with the real rows' arguments (`user_id` for an account's page)."""
    values = arguments[None] | {"user_id": user_id}
    with app.test_request_context():
        return url_for(
            rule.endpoint,
            **({name: values[name] for name in rule.arguments} | arguments.get(rule.endpoint, {})),
        )


def _views(session, actor_id: int, action: str | None) -> int:
    session.rollback()  # see the app's commits
    where = (AuditEntry.actor_id == actor_id, AuditEntry.action == action, AuditEntry.outcome == "ok")
    return session.scalar(select(func.count()).select_from(AuditEntry).where(*where))


# base.html's header form, whole: POST to /logout, its own CSRF token, a "Sign out" button.
SIGN_OUT = re.compile(
    r'<form class="signout" method="post" action="/logout">\s*'
    r'<input type="hidden" name="csrf_token" value="([^"]+)">'
    r'.*?<button type="submit">Sign out</button>\s*</form>',
    re.S,
)


def test_every_staff_page_for_every_role_carries_a_sign_out_form_that_works(app, session):
    """ASVS 7.4.4: every GET route of the table that opens a page to a role, as that role, over real
    data, shows the sign-out form; posting the form a page carries ends the session on the server."""
    arguments = real_rows(session)
    pages, downloads, wrong = set(), set(), []
    for role in Role:
        who = make_staff(session, email=f"{role.value}@example.org", role=role)
        client = app.test_client()
        login(client, who.email)
        last = None
        for rule in app.url_map.iter_rules():
            access = ROUTES[rule.endpoint]
            if (
                "GET" not in rule.methods
                or access in (PUBLIC, TWILIO)
                or expected(rule.endpoint, role) != "open"
            ):
                continue
            path = path_of(app, rule, arguments, who.id)
            response = client.get(path)
            page = response.get_data().decode("utf-8", "replace")
            response.close()
            if response.status_code != 200:
                continue  # a redirect or this role's 404 for this row: another role opens it
            if response.mimetype != "text/html":
                downloads.add(rule.endpoint)
                continue
            pages.add(rule.endpoint)
            form = SIGN_OUT.search(page)
            if form is None:
                wrong.append(f"{role.value} {path}: no sign-out form")
            else:
                last = (path, form[1])
        assert last is not None, role
        # It works: a POST without the token ends nothing; with the page's own token, the session
        # ends, and a copy of the cookie taken before gets the sign-in page.
        copy = app.test_client()
        copy.set_cookie("session", client.get_cookie("session").value)
        assert client.post("/logout").status_code == 400 and outcome(copy.get(last[0])) == "open"
        response = client.post("/logout", data={"csrf_token": last[1]})
        assert response.status_code == 302 and response.headers["Location"] == "/login"
        assert outcome(copy.get(last[0])) == "sign-in" and outcome(client.get(last[0])) == "sign-in"
    assert wrong == [], "\n".join(wrong)
    staff_pages = {
        rule.endpoint
        for rule in app.url_map.iter_rules()
        if "GET" in rule.methods and ROUTES[rule.endpoint] not in (PUBLIC, TWILIO)
    }
    assert staff_pages - pages - downloads == set()  # each was really seen as a page, by some role
    assert len(pages) >= 20
