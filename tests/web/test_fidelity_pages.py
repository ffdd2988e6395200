"""Fidelity in the browser's terms: tagging a contact or reply with peer roles on the item page (an
unknown role is refused and nothing typed is lost), changing the tags (its worker or a supervisor,
audited), and the report: a supervisor sees everyone, a peer worker only their own."""

from datetime import date

import pytest
from sqlalchemy import select

from tests.support.builders import make_active, make_staff
from tests.support.fidelity_builders import contact
from tests.support.queue_builders import make_item
from tests.support.signing import SETTINGS
from tests.support.times import MONDAY_NOON as NOON
from tests.support.web import csrf_token, form_data, login
from textsupport.models import Arm, AuditEntry, AuditOutcome, ContactRole, Pool, QueueEvent, Role

PAGE = "/programme/fidelity"


@pytest.fixture
def settings_overrides():
    return dict(TEXTSUPPORT_NOW=NOON, **SETTINGS)  # Mon 23 Nov 2026


@pytest.fixture
def team(session):
    """Pat and Lee (peers), Sue (supervisor), Rae (rater); Pat's participant has an item Pat claimed."""
    pat = make_staff(session, email="pat@example.org", display_name="Pat Peer")
    lee = make_staff(session, email="lee@example.org", display_name="Lee Peer")
    make_staff(session, role=Role.SUPERVISOR, email="sue@example.org", display_name="Sue")
    make_staff(session, role=Role.RATER, email="rae@example.org")
    person = make_active(session, Arm.PEER, date(2026, 11, 1), peer_worker_id=pat.id)
    item = make_item(session, person, pool=Pool.PEER, assignee_id=pat.id, at=NOON)
    item.owner_id, item.state = pat.id, "claimed"
    session.commit()
    return {"pat": pat, "lee": lee, "item": item}


def post(client, path, **data):
    return client.post(path, data={"csrf_token": csrf_token(client, "/queue/"), **data})


def tags(session, event_id=None):
    session.rollback()
    query = select(ContactRole.role_code).order_by(ContactRole.role_code)
    return list(session.scalars(query if event_id is None else query.where(ContactRole.event_id == event_id)))


def audit(session, action):
    session.rollback()
    return session.scalars(select(AuditEntry).where(AuditEntry.action == action)).all()


def log_contact(client, item, roles, **fields):
    path = f"/queue/items/{item.id}"
    token = form_data(client, path, f"{path}/contact")["token"]
    data = {"type": "phone", "minutes": "20", "note": "Talked about the week.", "form": "contact", **fields}
    return client.post(
        f"{path}/contact",
        data={**data, "roles": roles, "token": token, "csrf_token": csrf_token(client, "/queue/")},
    )


def test_the_item_page_offers_the_roles_in_three_groups_on_both_forms(client, session, team):
    login(client, "pat@example.org")
    page = client.get(f"/queue/items/{team['item'].id}").get_data(as_text=True)
    for prefix in ("reply-role", "contact-role"):
        assert f'id="{prefix}-hope"' in page and f'<label for="{prefix}-trust">' in page
    assert page.count("<legend>Services</legend>") == 2 and page.count("<legend>Processes</legend>") == 2
    assert page.count('type="checkbox" name="roles"') == 32


def test_a_logged_contact_keeps_its_roles_and_they_are_audited(client, session, team):
    login(client, "pat@example.org")
    answer = log_contact(client, team["item"], ["trust", "hope", "hope"])
    assert answer.status_code == 302
    assert tags(session) == ["hope", "trust"]  # a role ticked twice is stored once
    (entry,) = audit(session, "tag_contact_roles")
    assert (entry.actor_id, entry.data) == (team["pat"].id, {"roles": ["hope", "trust"]})
    page = client.get(f"/queue/items/{team['item'].id}").get_data(as_text=True)
    assert 'Peer roles: <span class="badge badge-role">Promoting hope</span>' in page


def test_an_unknown_role_is_refused_and_everything_typed_is_kept(client, session, team):
    login(client, "pat@example.org")
    answer = log_contact(client, team["item"], ["hope", "mind_reading"], note="A long talk about sleep.")
    page = answer.get_data(as_text=True)
    assert answer.status_code == 400 and "Unknown peer role: mind_reading." in page
    assert "A long talk about sleep.</textarea>" in page and 'value="20"' in page
    assert 'id="contact-role-hope" checked' in page and 'id="reply-role-hope" checked' not in page
    session.rollback()
    assert session.scalar(select(QueueEvent).where(QueueEvent.action == "contact")) is None
    assert tags(session) == []


def test_a_reply_is_tagged_too(client, session, team):
    login(client, "pat@example.org")
    path = f"/queue/items/{team['item'].id}"
    token = form_data(client, path, f"{path}/reply")["token"]
    answer = post(client, f"{path}/reply", body="Thinking of you today.", token=token, roles=["empathy"])
    assert answer.status_code == 302
    event = session.scalar(select(QueueEvent).where(QueueEvent.action == "replied"))
    assert tags(session, event.id) == ["empathy"]


def test_its_worker_or_a_supervisor_changes_the_roles_and_another_worker_may_not(client, session, team):
    event = contact(session, team["item"], team["pat"], NOON, ["hope"])
    path = f"/queue/events/{event.id}/roles"
    login(client, "pat@example.org")
    answer = post(client, path, roles=["empathy", "trust"], item_id=str(team["item"].id))
    assert answer.status_code == 302 and tags(session, event.id) == ["empathy", "trust"]
    (entry,) = audit(session, "retag_contact_roles")
    assert entry.data == {"before": ["hope"], "after": ["empathy", "trust"]}
    refused = post(client, path, roles=["nonsense"], item_id=str(team["item"].id), form=f"roles-{event.id}")
    assert refused.status_code == 400 and "Unknown peer role: nonsense." in refused.get_data(as_text=True)
    assert tags(session, event.id) == ["empathy", "trust"]

    client.post("/logout", data={"csrf_token": csrf_token(client, "/")})
    session.rollback()  # a fresh snapshot to write from
    team["item"].assignee_id = team["lee"].id  # handed over: Lee sees the item but did not log the contact
    session.commit()
    login(client, "lee@example.org")
    answer = post(client, path, roles=["hope"], item_id=str(team["item"].id))
    assert answer.status_code == 400 and tags(session, event.id) == ["empathy", "trust"]
    denied = [e for e in audit(session, "tag_contact_roles") if e.outcome is AuditOutcome.DENIED]
    assert [(e.actor_id, e.detail) for e in denied] == [(team["lee"].id, "not the worker who logged it")]

    client.post("/logout", data={"csrf_token": csrf_token(client, "/")})
    login(client, "sue@example.org")
    assert post(client, path, roles=[], item_id=str(team["item"].id)).status_code == 302
    assert tags(session, event.id) == []  # a supervisor may clear them


def test_a_supervisor_sees_the_programme_report_with_chart_table_and_csv(client, session, team):
    contact(session, team["item"], team["pat"], NOON, ["hope", "trust"])
    contact(session, team["item"], team["lee"], NOON, ["coping_skills"])
    login(client, "sue@example.org")
    answer = client.get(PAGE)
    page = answer.get_data(as_text=True)
    assert answer.status_code == 200 and page.count("<svg") == 2
    assert "November 2026" in page and "June 2026" in page and "May 2026" not in page  # the last 6 months
    assert '<td data-label="Contacts">2</td>' in page and '<td data-label="Services">50% <span' in page
    assert "counts in both" in page and f'href="/programme/fidelity?worker={team["pat"].id}' in page
    (entry,) = audit(session, "view_fidelity")
    assert (entry.target_id, entry.data) == (None, {"months": 6})
    csv_answer = client.get(f"{PAGE}.csv?months=1")
    assert csv_answer.status_code == 200 and csv_answer.mimetype == "text/csv"
    lines = csv_answer.get_data(as_text=True).split("\r\n")
    assert [line.split(",")[:4] for line in lines[1:4]] == [
        ["2026-11", "programme", "2", "2"],
        ["2026-11", "Lee Peer", "1", "1"],
        ["2026-11", "Pat Peer", "1", "1"],
    ]
    one = client.get(f"{PAGE}?worker={team['pat'].id}").get_data(as_text=True)
    assert "Pat Peer&#39;s fidelity report" in one and "Each peer worker" not in one


def test_a_peer_worker_sees_only_their_own_report(client, session, team):
    contact(session, team["item"], team["pat"], NOON, ["hope"])
    contact(session, team["item"], team["lee"], NOON, ["coping_skills"])
    login(client, "pat@example.org")
    page = client.get(PAGE).get_data(as_text=True)
    assert "Your fidelity report" in page and "Lee Peer" not in page and "Each peer worker" not in page
    assert '<td data-label="Contacts">1</td>' in page
    assert client.get(f"{PAGE}?worker={team['pat'].id}").status_code == 200
    for path in (
        f"{PAGE}?worker={team['lee'].id}",
        f"{PAGE}.csv?worker={team['lee'].id}",
        f"{PAGE}?worker=x",
    ):
        assert client.get(path).status_code == 403, path
    denied = [e for e in audit(session, "access_denied") if e.actor_id == team["pat"].id]
    assert len(denied) == 3
    csv_text = client.get(f"{PAGE}.csv?months=1").get_data(as_text=True)
    assert "Lee Peer" not in csv_text and "programme" not in csv_text and "Pat Peer" in csv_text


@pytest.mark.parametrize("email", ["rae@example.org"])
def test_other_roles_are_refused(client, session, team, email):
    login(client, email)
    assert client.get(PAGE).status_code == 403 and client.get(f"{PAGE}.csv").status_code == 403


@pytest.mark.parametrize("months", ["0", "25", "many"])
def test_a_bad_number_of_months_is_refused_with_the_reason(client, session, team, months):
    login(client, "sue@example.org")
    answer = client.get(f"{PAGE}?months={months}")
    assert answer.status_code == 400 and "Show from 1 to 24 months." in answer.get_data(as_text=True)
    assert client.get(f"{PAGE}.csv?months={months}").status_code == 400


def test_an_unknown_worker_is_a_404_for_a_supervisor(client, session, team):
    login(client, "sue@example.org")
    assert client.get(f"{PAGE}?worker=999999").status_code == 404
