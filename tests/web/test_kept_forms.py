"""Losing no work: a form sent after the session ended keeps its text; a form sent twice acts once."""

import random
import re
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select
from werkzeug.datastructures import MultiDict

from tests.support.builders import PASSWORD, make_active, make_staff
from tests.support.queue_builders import make_item
from tests.support.times import MONDAY_NOON as NOON
from tests.support.web import csrf_token, form_data, login
from textsupport.models import Arm, OutboundKind, OutboundMessage, Participant, Pool, QueueEvent, Role
from textsupport.services.staff import sessions
from textsupport.web import kept_forms

TYPED = "Thinking of you, Alex. Can I call at 3?"


@pytest.fixture
def settings_overrides():
    """This module's settings (the one `settings` fixture applies them)."""
    return dict(TEXTSUPPORT_NOW=NOON)


@pytest.fixture
def item_path(client, session):
    """Pat, signed in, with a claimed item of their participant: the item page's path."""
    pat = make_staff(session, role=Role.PEER_WORKER, email="pat@example.org")
    person = make_active(session, Arm.PEER, date(2026, 11, 1), peer_worker_id=pat.id)
    item = make_item(session, person, pool=Pool.PEER, assignee_id=pat.id, at=NOON - timedelta(minutes=5))
    login(client, "pat@example.org")
    path = f"/queue/items/{item.id}"
    client.post(f"{path}/claim", data={"csrf_token": csrf_token(client, path)})
    return path


def staff_replies(session) -> int:
    session.rollback()
    where = OutboundMessage.kind == OutboundKind.STAFF_REPLY
    return session.scalar(select(func.count()).select_from(OutboundMessage).where(where))


def sign_in(client, next_path: str | None):
    query = f"?next={next_path}" if next_path else ""
    data = {"email": "pat@example.org", "password": PASSWORD, "csrf_token": csrf_token(client)}
    return client.post(f"/login{query}", data=data)


def test_the_same_reply_form_sent_twice_sends_once_and_says_so(client, session, item_path):
    reply = {**form_data(client, item_path, f"{item_path}/reply"), "body": TYPED, "form": "reply"}
    assert client.post(f"{item_path}/reply", data=reply).status_code == 302
    again = client.post(f"{item_path}/reply", data=reply, follow_redirects=True)
    assert again.status_code == 200 and "This was already sent." in again.get_data(as_text=True)
    assert staff_replies(session) == 1


@pytest.mark.parametrize(
    ("action", "fields"),
    [
        ("reply", {"body": TYPED, "form": "reply"}),
        ("contact", {"type": "phone", "minutes": "10", "note": "Long talk.", "form": "contact"}),
        ("escalate", {"reason": "Mentions a plan.", "form": "escalate"}),
        ("resolve", {"note": "Called; safe.", "form": "resolve"}),
    ],
)
def test_a_queue_form_without_its_token_is_refused_and_keeps_the_text(
    client, session, item_path, action, fields
):
    tokens = form_data(client, item_path, f"{item_path}/{action}")
    response = client.post(f"{item_path}/{action}", data={"csrf_token": tokens["csrf_token"], **fields})
    page = response.get_data(as_text=True)
    assert response.status_code == 400 and "no one-time token" in page
    assert list(fields.values())[0] in page  # what was typed is back in the form
    session.rollback()
    assert session.scalar(select(func.count()).select_from(QueueEvent)) == 2  # opened, claimed


def test_each_form_on_the_item_page_has_its_own_token(client, item_path):
    page = client.get(item_path).get_data(as_text=True)
    tokens = re.findall(r'name="token" value="([^"]+)"', page)
    assert len(tokens) == 4 and len(set(tokens)) == 4  # reply, contact, escalate, resolve


def test_a_reply_sent_after_the_session_expired_is_kept_until_signing_in_again(client, session, item_path):
    reply = {**form_data(client, item_path, f"{item_path}/reply"), "body": TYPED, "form": "reply"}
    client.delete_cookie("session")  # what the idle timeout does: the browser drops the cookie
    response = client.post(f"{item_path}/reply", data=reply)
    page = response.get_data(as_text=True)
    assert response.status_code == 400 and "You were signed out" in page
    assert f"readonly>{TYPED}</textarea>" in page.replace("&#39;", "'")
    assert f'href="/login?next={item_path}"' in page
    assert reply["csrf_token"] not in page and reply["token"] not in page
    assert staff_replies(session) == 0
    assert sign_in(client, item_path).headers["Location"] == item_path
    page = client.get(item_path).get_data(as_text=True)
    assert f">{TYPED}</textarea>" in page.replace("&#39;", "'") and "filled in below" in page
    assert f">{TYPED}</textarea>" not in client.get(item_path).get_data(as_text=True).replace("&#39;", "'")
    again = {**form_data(client, item_path, f"{item_path}/reply"), "body": TYPED, "form": "reply"}
    assert client.post(f"{item_path}/reply", data=again).status_code == 302
    assert staff_replies(session) == 1


def test_a_form_sent_while_signed_out_goes_to_sign_in_and_comes_back_filled_in(client, session, item_path):
    tokens = form_data(client, item_path, f"{item_path}/resolve")
    note = {**tokens, "note": "Called; safe.", "form": "resolve"}
    with client.session_transaction() as cookie:
        token = cookie["sid"]
    sessions.end(session, token)  # ended on the server (e.g. a password reset); the CSRF token still good
    response = client.post(f"{item_path}/resolve", data=note)
    assert response.status_code == 302
    assert response.headers["Location"] == f"/login?next={item_path}"
    assert "what you typed will be filled in" in client.get("/login").get_data(as_text=True)
    sign_in(client, item_path)
    assert ">Called; safe.</textarea>" in client.get(item_path).get_data(as_text=True)


def test_every_ticked_role_of_a_reply_sent_while_signed_out_is_ticked_again(client, session, item_path):
    tokens = form_data(client, item_path, f"{item_path}/reply")
    reply = [*tokens.items(), ("body", TYPED), ("form", "reply"), ("roles", "hope"), ("roles", "empathy")]
    with client.session_transaction() as cookie:
        token = cookie["sid"]
    sessions.end(session, token)
    assert client.post(f"{item_path}/reply", data=MultiDict(reply)).status_code == 302
    sign_in(client, item_path)
    page = client.get(item_path).get_data(as_text=True)
    ticked = set(re.findall(r'value="([a-z_]+)" id="reply-role-[a-z_]+" checked', page))
    assert ticked == {"hope", "empathy"} and TYPED in page


def test_kept_text_goes_only_to_its_own_page_after_signing_in(client, session, item_path):
    reply = {**form_data(client, item_path, f"{item_path}/reply"), "body": TYPED, "form": "reply"}
    client.delete_cookie("session")
    client.post(f"{item_path}/reply", data=reply)
    sign_in(client, None)  # someone signs in on this browser for something else
    assert "Thinking of you" not in client.get(item_path).get_data(as_text=True)


def test_text_too_long_for_a_cookie_is_shown_to_copy_but_not_kept(client, session, item_path):
    shuffled = random.Random(11)
    long = "".join(chr(shuffled.randrange(0x4E00, 0x9FFF)) for _ in range(2000))  # a note's limit
    reply = {**form_data(client, item_path, f"{item_path}/reply"), "body": long, "form": "reply"}
    client.delete_cookie("session")
    page = client.post(f"{item_path}/reply", data=reply).get_data(as_text=True)
    assert long in page and "opens with your text filled in" not in page


def test_a_stale_sign_in_form_shows_the_sign_in_page_again_with_the_email(client, session):
    response = client.post("/login", data={"email": "pat@example.org", "password": "secret words here"})
    page = response.get_data(as_text=True)
    assert response.status_code == 400 and "open too long" in page
    assert 'value="pat@example.org"' in page and "secret words here" not in page


@pytest.mark.parametrize(
    ("form", "kept"),
    [
        ({"body": "hi", "csrf_token": "c", "token": "t", "nonce": "n"}, {"body": "hi"}),
        ({"email": "a@b.org", "password": "p", "new_password": "q", "code": "123456"}, {"email": "a@b.org"}),
        ({"note": "", "form": "resolve"}, {"form": "resolve"}),
        (
            [("body", "hi"), ("roles", "hope"), ("roles", "listen"), ("roles", ""), ("token", "t")],
            {"body": "hi", "roles": ["hope", "listen"]},
        ),
    ],
)
def test_only_non_secret_typed_fields_are_kept(form, kept):
    assert kept_forms.typed_fields(MultiDict(form)) == kept


def test_an_enrolment_sent_twice_enrols_once_and_one_after_a_sign_out_is_kept(client, session):
    make_staff(session, role=Role.TRIAL_STAFF, email="pat@example.org")
    login(client, "pat@example.org")
    enrol = {
        "phone": "780 555 0142",
        "first_name": "Sam",
        "site": "north",
        "sex": "F",
        "tz": "America/Edmonton",
        "date_of_birth": "1990-05-17",
        "discharge_date": "2026-11-20",
        "consent_version": "v2",
        "text_capable_phone": "y",
        "reads_english": "y",
    }
    data = {**form_data(client, "/participants/new"), **enrol}
    assert client.post("/participants/new", data=data).status_code == 302
    again = client.post("/participants/new", data=data, follow_redirects=True)
    assert "This was already sent." in again.get_data(as_text=True)
    missing = client.post("/participants/new", data={**data, "token": ""})
    assert missing.status_code == 400 and "no one-time token" in missing.get_data(as_text=True)
    session.rollback()
    assert session.scalar(select(func.count()).select_from(Participant)) == 1
    client.delete_cookie("session")
    page = client.post("/participants/new", data={**data, "first_name": "Robin"}).get_data(as_text=True)
    assert "Robin" in page and "You were signed out" in page
    sign_in(client, "/participants/new")
    page = client.get("/participants/new").get_data(as_text=True)
    assert 'value="Robin"' in page and 'value="780 555 0142"' in page


def test_a_form_with_no_page_to_go_back_to_is_shown_to_copy_not_kept(client, session, item_path):
    client.delete_cookie("session")
    response = client.post("/queue/shift", data={"on_shift": "1", "csrf_token": "stale"})
    page = response.get_data(as_text=True)
    assert response.status_code == 400 and "opens with your text filled in" not in page
    assert 'href="/login?next=/"' in page
    with client.session_transaction() as cookie:
        assert kept_forms.KEY not in cookie


@pytest.mark.parametrize(
    "headers",
    [{"Sec-Fetch-Site": "cross-site"}, {"Origin": "https://evil.example"}, {"Sec-Fetch-Site": "same-site"}],
)
def test_a_form_posted_from_another_site_is_neither_kept_nor_shown(client, session, item_path, headers):
    tokens = form_data(client, item_path, f"{item_path}/reply")
    reply = {**tokens, "body": "send this for me", "form": "reply"}
    client.delete_cookie("session")
    page = client.post(f"{item_path}/reply", data=reply, headers=headers).get_data(as_text=True)
    assert "send this for me" not in page
    sign_in(client, item_path)
    assert "send this for me" not in client.get(item_path).get_data(as_text=True)


def test_a_form_from_this_site_is_kept_whichever_header_says_so(client, session, item_path):
    reply = {**form_data(client, item_path, f"{item_path}/reply"), "body": "mine", "form": "reply"}
    client.delete_cookie("session")
    headers = {"Sec-Fetch-Site": "same-origin", "Origin": "http://localhost"}
    page = client.post(f"{item_path}/reply", data=reply, headers=headers).get_data(as_text=True)
    assert "readonly>mine</textarea>" in page
