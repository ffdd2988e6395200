"""Every route, every method, as anonymous and as each role, held to web/access.py's ROUTES table.

A route without a row fails; a refusal that writes no audit row fails; a 500 anywhere fails.
Path arguments name nothing that exists, so an allowed request changes nothing (it is a 404 or a
form error), and sign-out is requested last.
"""

from __future__ import annotations

import re

import pytest
from sqlalchemy import func, select

from tests.support.builders import make_staff
from tests.support.web import csrf_token, login
from textsupport.models import AuditEntry, Role
from textsupport.services.staff import refusals
from textsupport.web.access import PAGES, PUBLIC, ROUTES, SIGNED_IN, TWILIO

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
