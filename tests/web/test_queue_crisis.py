"""A crisis item's page has what a worker needs to act; sign-off; escalation badges; the Resolved tab."""

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from tests.support.builders import make_active, make_staff, train
from tests.support.queue_builders import make_item
from tests.support.times import MONDAY_NOON as NOON
from tests.support.web import csrf_token, form_data, login
from textsupport.models import Arm, AuditEntry, ItemState, Level, Pool, QueueEvent, QueueItem, Role
from textsupport.services.queue import casework, contacts


@pytest.fixture
def settings_overrides():
    """This module's settings (the one `settings` fixture applies them)."""
    return dict(TEXTSUPPORT_NOW=NOON)


def post(client, path, **data):
    return client.post(path, data={"csrf_token": csrf_token(client, "/queue/"), **data})


def events(session, item_id):
    session.rollback()
    return list(
        session.scalars(
            select(QueueEvent.action).where(QueueEvent.item_id == item_id).order_by(QueueEvent.id)
        )
    )


@pytest.fixture
def people(session):
    """Pat (peer) with Robin on her caseload, Sam (another peer), Sue (supervisor), Ada (admin)."""
    pat = make_staff(session, role=Role.PEER_WORKER, email="pat@example.org", display_name="Pat")
    sam = make_staff(session, role=Role.PEER_WORKER, email="sam@example.org", display_name="Sam")
    sue = make_staff(session, role=Role.SUPERVISOR, email="sue@example.org", display_name="Sue")
    ada = make_staff(session, role=Role.ADMIN, email="ada@example.org", display_name="Ada")
    robin = make_active(
        session, Arm.PEER, date(2026, 11, 1), phone="+17805550142", first_name="Robin", peer_worker_id=pat.id
    )
    return {"pat": pat, "sam": sam, "sue": sue, "ada": ada, "robin": robin}


def crisis(session, people, at=NOON - timedelta(minutes=5)):
    return make_item(
        session,
        people["robin"],
        level=Level.CRISIS,
        pool=Pool.SUPERVISOR,
        assignee_id=people["pat"].id,
        at=at,
    )


CALL = '<a class="call" href="tel:+17805550142">Call (780) 555-0142</a>'


@pytest.mark.parametrize(
    ("who", "phone", "participant_link"),
    [
        ("sue", True, True),  # supervisors may call and may open participant pages
        ("ada", True, True),
        ("pat", True, False),  # Robin is on Pat's caseload; peers never open participant pages
    ],
)
def test_the_item_page_has_what_a_worker_needs_to_act(client, session, people, who, phone, participant_link):
    item = crisis(session, people)
    login(client, f"{who}@example.org")
    page = client.get(f"/queue/items/{item.id}").get_data(as_text=True)
    assert (CALL in page) is phone
    robin = people["robin"].study_id
    link = f'<a href="/participants/{robin}">Open {robin}\'s page</a>'
    assert (link in page) is participant_link
    assert (link in page) is (client.get(f"/participants/{robin}").status_code == 200)
    # The configured crisis lines, dialable, with the date someone last checked them.
    assert '9-8-8 Suicide Crisis Helpline: <a href="tel:988">9-8-8</a>' in page
    assert 'Alberta Mental Health Help Line: <a href="tel:+18773032642">(877) 303-2642</a>' in page
    assert "Numbers last verified 2026-11-01." in page
    assert "No contacts logged yet." in page


def test_a_peer_who_is_not_the_participants_peer_gets_no_phone(client, session, people):
    # An unassigned staff item of a peer-arm participant with no peer: Sam may see it, not call from it.
    una = make_active(session, Arm.PEER_TEXT, date(2026, 11, 1), phone="+17805550143", first_name="Una")
    item = make_item(session, una, pool=Pool.STAFF)
    login(client, "sam@example.org")
    page = client.get(f"/queue/items/{item.id}").get_data(as_text=True)
    assert "Una" in page and "tel:+17805550143" not in page
    assert "Crisis lines" in page


def test_last_contacts_are_this_participants_newest_across_items(client, session, app, people):
    pat, sue = people["pat"], people["sue"]
    earlier = make_item(
        session, people["robin"], pool=Pool.PEER, assignee_id=pat.id, at=NOON - timedelta(days=2)
    )
    other = make_active(session, Arm.PEER, date(2026, 11, 1), peer_worker_id=pat.id)
    theirs = make_item(session, other, pool=Pool.PEER, assignee_id=pat.id)
    with app.app_context():
        for n in range(6):
            app.config["TEXTSUPPORT_NOW"] = NOON - timedelta(days=1, hours=6 - n)
            contacts.log_contact(session, earlier.id, sue, "phone", "10", f"call number {n}")
        contacts.log_contact(session, theirs.id, sue, "in_person", "30", "someone else's visit")
        app.config["TEXTSUPPORT_NOW"] = NOON
    item = crisis(session, people)
    login(client, "sue@example.org")
    page = client.get(f"/queue/items/{item.id}").get_data(as_text=True)
    shown = page.split('id="contacts-heading"', 1)[1].split("</ol>", 1)[0]
    assert [f"call number {n}" in shown for n in range(6)] == [False, True, True, True, True, True]
    assert shown.index("call number 5") < shown.index("call number 1")  # newest first
    assert "someone else" not in shown
    assert f'href="/queue/items/{earlier.id}">another item</a>' in shown
    assert "Phone call, 10 min by Sue" in shown


def test_a_peer_asks_for_sign_off_and_a_supervisor_resolves(client, session, people):
    item = crisis(session, people)
    path = f"/queue/items/{item.id}"
    login(client, "pat@example.org")
    post(client, f"{path}/claim")
    page = client.get(path).get_data(as_text=True)
    assert "Only a supervisor or admin can resolve" in page and 'id="resolve-note"' not in page
    contact = {"type": "phone", "minutes": "20", "note": "Called; she is at her sister's."}
    tokens = form_data(client, path, f"{path}/contact")
    assert client.post(f"{path}/contact", data={**tokens, **contact}).status_code == 302
    # the form is not shown, but a forged POST (with a fresh one-time token of its own) is refused
    refused = post(client, f"{path}/resolve", note="Settled.", token="forged-resolve-token")
    assert refused.status_code == 400
    assert "Only a supervisor or admin can resolve a crisis routed to supervisors." in refused.get_data(
        as_text=True
    )
    assert post(client, f"{path}/signoff", note="Safe tonight; please check.").status_code == 302
    page = client.get(path).get_data(as_text=True)
    assert "Sign-off requested." in page and "sign-off requested" in page
    assert post(client, f"{path}/signoff", note="again").status_code == 409
    client.post("/logout", data={"csrf_token": csrf_token(client, "/queue/")})

    login(client, "sue@example.org")
    listed = client.get("/queue/?tab=all").get_data(as_text=True)
    assert '<span class="badge badge-signoff">sign-off requested</span>' in listed
    page = client.get(path).get_data(as_text=True)
    assert (
        'id="resolve-note"' in page
        and "sign-off requested</strong> by Pat: Safe tonight; please check." in page
    )
    tokens = form_data(client, path, f"{path}/resolve")
    assert client.post(f"{path}/resolve", data={**tokens, "note": "Reviewed with Pat."}).status_code == 302
    assert events(session, item.id) == ["opened", "claimed", "contact", "signoff_requested", "resolved"]
    session.expire_all()
    assert session.get(QueueItem, item.id).state is ItemState.RESOLVED


def test_an_escalated_item_shows_a_badge_with_the_latest_reason(client, session, app, people, settings):
    pat = people["pat"]
    item = make_item(session, people["robin"], pool=Pool.PEER, assignee_id=pat.id, body="I stopped my meds")
    calm = make_item(session, people["robin"], pool=Pool.PEER, assignee_id=pat.id, body="all good")
    with app.app_context():
        casework.claim(session, item.id, pat, settings=settings)
        casework.escalate(session, item.id, pat, "First thought: needs the nurse.")
        casework.claim(session, item.id, people["sue"], settings=settings)
        casework.escalate(session, item.id, people["sue"], "Stopped lithium; the nurse must call.")
    login(client, "sue@example.org")
    page = client.get("/queue/?tab=all").get_data(as_text=True)
    badge = (
        f'<span class="badge badge-escalated" id="escalated-{item.id}" tabindex="0" '
        f'aria-describedby="escalated-why-{item.id}">escalated</span>'
    )
    assert badge in page
    assert f'id="escalated-why-{item.id}">Why: Stopped lithium; the nurse must call.</span>' in page
    assert "First thought" not in page
    assert f"escalated-{calm.id}" not in page


def resolve_at(session, app, item, who, when, note="Done."):
    with app.app_context():
        app.config["TEXTSUPPORT_NOW"] = when
        casework.resolve(session, item.id, who, note)
        app.config["TEXTSUPPORT_NOW"] = NOON


@pytest.fixture
def resolved(session, app, people):
    """Three resolved items: late Sunday evening local (Monday in UTC), Monday noon, and an urgent one."""
    sue, ada, robin = people["sue"], people["ada"], people["robin"]
    sunday = make_item(session, robin, level=Level.CRISIS, pool=Pool.SUPERVISOR, body="sunday night text")
    monday = make_item(session, robin, level=Level.CRISIS, pool=Pool.SUPERVISOR, body="monday text")
    urgent = make_item(session, robin, level=Level.URGENT, body="urgent text")
    resolve_at(session, app, sunday, sue, datetime(2026, 11, 23, 6, 30, tzinfo=UTC), "Sunday: called.")
    resolve_at(session, app, monday, ada, NOON - timedelta(hours=1), "Monday: called.")
    resolve_at(session, app, urgent, sue, NOON - timedelta(minutes=30), "Urgent: texted back.")
    return {"sunday": sunday, "monday": monday, "urgent": urgent}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ["urgent", "monday", "sunday"]),  # newest resolution first
        ("from=2026-11-22&to=2026-11-22", ["sunday"]),  # 06:30 UTC Monday is Sunday 23:30 in Edmonton
        ("from=2026-11-23", ["urgent", "monday"]),
        ("to=2026-11-22", ["sunday"]),
        ("level=crisis", ["monday", "sunday"]),
        ("worker=ADA", ["monday"]),
        ("from=2026-11-23&level=crisis&worker=SUE", []),
    ],
)
def test_the_resolved_tab_filters_by_local_date_level_and_worker(
    client, session, people, resolved, query, expected
):
    query = query.replace("ADA", str(people["ada"].id)).replace("SUE", str(people["sue"].id))
    login(client, "sue@example.org")
    response = client.get(f"/queue/resolved?{query}")
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    links = {name: f'href="/queue/items/{item.id}"' for name, item in resolved.items()}
    assert [name for name in resolved if links[name] in page] == sorted(expected, key=list(resolved).index)
    shown = [name for name in sorted(resolved, key=lambda n: page.find(links[n])) if links[name] in page]
    assert shown == expected
    if "worker=" in query:  # the form keeps the filters
        assert f'<option value="{query.split("worker=")[1]}" selected>' in page
    if "from=" in query:
        assert f'value="{query.split("from=")[1].split("&")[0]}"' in page
    if expected == []:
        assert "No resolved items match." in page
    assert ("Monday: called." in page) is ("monday" in expected)  # the resolving note
    assert ("2026-11-22 23:30 MST (12 h 30 min ago)</time> by Sue" in page) is ("sunday" in expected)


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("from=23-11-2026", "The from date must read like 2026-11-23; “23-11-2026” does not."),
        ("to=2026-02-30", "The to date must read like 2026-11-23"),
        ("from=2026-11-24&to=2026-11-23", "The from date is after the to date."),
        ("level=panic", "Level must be one of crisis, urgent, routine; “panic” is not."),
        ("worker=abc", "Choose the worker from the list."),
    ],
)
def test_bad_filters_get_a_clear_message_not_an_error_page(client, session, people, query, message):
    login(client, "sue@example.org")
    response = client.get(f"/queue/resolved?{query}")
    assert response.status_code == 400
    assert message in response.get_data(as_text=True)


def test_the_resolved_tab_shows_the_newest_and_says_when_there_are_more(
    client, session, app, people, monkeypatch
):
    from textsupport.services.queue import resolved_reads as resolved_service

    monkeypatch.setattr(resolved_service, "LIMIT", 2)
    for n in range(3):
        item = make_item(session, people["robin"], body=f"text {n}")
        resolve_at(session, app, item, people["sue"], NOON - timedelta(minutes=30 - n))
    login(client, "sue@example.org")
    page = client.get("/queue/resolved").get_data(as_text=True)
    assert page.count('class="item level-') == 2
    assert "Showing the newest 2; narrow the dates to see older ones." in page


@pytest.mark.parametrize(("who", "status"), [("pat", 403), ("sue", 200), ("ada", 200)])
def test_only_supervisors_and_admins_review_resolved_items(client, session, people, who, status):
    login(client, f"{who}@example.org")
    assert client.get("/queue/resolved").status_code == status
    session.rollback()
    action = "view_resolved_queue" if status == 200 else "access_denied"
    assert session.scalar(select(AuditEntry).where(AuditEntry.action == action)) is not None
    listed = client.get("/queue/").get_data(as_text=True)
    assert ('href="/queue/resolved"' in listed) is (status == 200)


def test_a_peer_without_crisis_training_is_told_why_the_claim_is_refused(client, session, people):
    pat = make_staff(session, email="lee@example.org", display_name="Lee Peer", trained=False)
    train(session, pat, ["privacy", "using_this_system", "helps_manage_crises"])
    people["robin"].peer_worker_id = pat.id
    session.commit()
    item = crisis(session, people)
    login(client, "lee@example.org")
    answer = post(client, f"/queue/items/{item.id}/claim")
    page = answer.get_data(as_text=True)
    assert answer.status_code == 400 and 'role="alert"' in page
    assert (
        "Lee Peer may not take crisis items until training is current: Suicide-risk training (missing). "
        "A supervisor takes this item."
    ) in page
    assert events(session, item.id) == ["opened"]
