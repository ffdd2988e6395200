"""Property-based: arbitrary Unicode, control characters, huge, missing and repeated fields, posted to
the reply webhook, the status callback, sign-in, enrolment and the queue's forms. No answer is a 500,
and nothing is half-saved: a refusal changes nothing, and what is stored is stored whole.

Each test runs a bounded number of examples (deadline off: a database round trip varies), so the
whole module stays under a minute or so per backend.
"""

from __future__ import annotations

from datetime import date

import pyotp
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select
from werkzeug.datastructures import MultiDict

from tests.support.builders import PASSWORD, make_active, make_staff
from tests.support.queue_builders import make_item
from tests.support.signing import SETTINGS, signed_post
from tests.support.web import csrf_token, form_data, login
from textsupport import sealing
from textsupport.models import (
    Arm,
    AuditEntry,
    DeliveryEvent,
    InboundMessage,
    OutboundMessage,
    Participant,
    QueueEvent,
    Role,
)
from textsupport.services.staff import submissions

EXAMPLES = settings(
    max_examples=40,
    deadline=None,
    database=None,  # no .hypothesis folder in the work tree
    phases=[Phase.explicit, Phase.generate, Phase.shrink],  # no 'explain' phase: its tracing is slow
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
ENROLLED = (AuditEntry.action == "enrol", AuditEntry.outcome == "ok")
ODD = [
    "", "0", "-1", "99999999999999999999", "²", "٣", "1e9", "1.5", "\x00", "\x00\x00x", " ", "\r\n",
    "١٢٣٤٥٦", "²²²²²²", "+17805550142", "2026-02-30", "9999-12-31", "0000-00-00",
    "=cmd|' /C calc'!A0", "<script>", "NULL",
]  # fmt: skip
TEXT = st.one_of(
    st.text(max_size=40),  # any Unicode a browser can send
    st.text(st.characters(max_codepoint=0x1F), max_size=12),  # control characters, NUL included
    st.sampled_from(ODD),
    st.sampled_from([1_601, 10_001, 12_000]).map(lambda n: "é" * n),  # huge: over a text, over a field
)


def fields(**valid: str) -> st.SearchStrategy[MultiDict]:
    """A form over these names: each missing, the valid value, or one to three arbitrary values
    (repeated keys), plus now and then a field nobody asked for."""
    per_name = {
        name: st.one_of(st.just([value]), st.lists(TEXT, max_size=3)) for name, value in valid.items()
    }
    extra = st.lists(st.tuples(st.text(min_size=1, max_size=12), TEXT), max_size=3)
    return st.tuples(st.fixed_dictionaries(per_name), extra).map(
        lambda drawn: MultiDict([(k, v) for k, vs in drawn[0].items() for v in vs] + drawn[1])
    )


def count(session, model, *where) -> int:
    session.rollback()  # see the app's commits
    return session.scalar(select(func.count()).select_from(model).where(*where))


@pytest.fixture
def settings_overrides():
    """This module's settings (the one `settings` fixture applies them)."""
    # Sign-in throttling would turn most examples into 429s before they reach the code check.
    return dict(
        ONCALL_PHONES="+17805550999", TWILIO_MPS="1000", LOGIN_RATE_LIMIT="10000 per minute", **SETTINGS
    )


def test_the_reply_webhook(client, session):
    make_active(session, Arm.PEER_TEXT, date(2026, 11, 1), phone="+17805550142")

    @EXAMPLES
    @given(
        form=fields(
            MessageSid="SM" + "a" * 32, From="+17805550142", To="+17805550199", Body="hi", NumMedia="0"
        )
    )
    def post(form):
        before = count(session, InboundMessage)
        response = signed_post(client, "/twilio/sms", form)
        assert response.status_code in (200, 400, 413), response.status_code  # 413: over 64 KB
        stored = count(session, InboundMessage)
        assert stored - before in (0, 1)
        # Stored whole: each stored reply has its one audit entry, written in the same transaction.
        assert count(session, AuditEntry, AuditEntry.action == "inbound_reply") == stored

    post()


def test_the_status_callback(client, session):
    @EXAMPLES
    @given(
        form=fields(
            MessageSid="SM" + "b" * 32, MessageStatus="delivered", ErrorCode="30003", AccountSid="AC1"
        )
    )
    def post(form):
        before = count(session, DeliveryEvent)
        response = signed_post(client, "/twilio/status", form)
        assert response.status_code in (200, 413), response.status_code  # 413: over 64 KB
        assert count(session, DeliveryEvent) - before in (0, 1)

    post()


def test_sign_in(client, session):
    # The right password, and a second factor no drawn code can match: every branch of sign-in runs.
    make_staff(
        session,
        email="who@example.org",
        role=Role.ADMIN,
        totp_key=sealing.seal("test-secret-key", pyotp.random_base32()),
    )
    token = csrf_token(client)

    @EXAMPLES
    @given(form=fields(email="who@example.org", password=PASSWORD, code="123456"))
    def post(form):
        response = client.post("/login", data=MultiDict([("csrf_token", token), *form.items(multi=True)]))
        assert response.status_code in (200, 400, 429), response.status_code
        assert client.get("/").status_code == 302  # never signed in

    post()


def test_enrolment(client, session):
    make_staff(session, email="staff@example.org", role=Role.TRIAL_STAFF)
    login(client, "staff@example.org")
    valid = dict(
        phone="780 555 0142", first_name="Jordan", site="north", sex="F", tz="America/Edmonton",
        date_of_birth="1988-04-02", discharge_date="2026-11-20", consent_version="v2.1",
        text_capable_phone="y", reads_english="y", baseline_done="y",
    )  # fmt: skip

    @EXAMPLES
    @given(form=fields(**valid))
    def post(form):
        before = (count(session, Participant), count(session, AuditEntry, *ENROLLED))
        tokens = form_data(client, "/participants/new")
        response = client.post(
            "/participants/new", data=MultiDict([*tokens.items(), *form.items(multi=True)])
        )
        assert response.status_code in (200, 302, 400), response.status_code
        after = (count(session, Participant), count(session, AuditEntry, *ENROLLED))
        enrolled = 1 if response.status_code == 302 and "/participants/TS-" in response.location else 0
        assert after == (
            before[0] + enrolled,
            before[1] + enrolled,
        )  # a participant with its audit row, or neither

    post()


ACTIONS = ["claim", "release", "contact", "escalate", "resolve", "signoff", "reopen", "reply"]


def test_the_queue_forms(client, session):
    make_staff(session, email="sup@example.org", role=Role.SUPERVISOR)
    item = make_item(session, make_active(session, Arm.TEXT, date(2026, 11, 1)))
    login(client, "sup@example.org")
    csrf = csrf_token(client, "/")
    path = f"/queue/items/{item.id}"

    @EXAMPLES
    @given(
        action=st.sampled_from(ACTIONS),
        form=fields(type="phone", minutes="15", note="Called.", reason="Needs a call.", body="Here for you."),
    )
    def post(action, form):
        before = (count(session, QueueEvent), count(session, OutboundMessage))
        data = MultiDict([("csrf_token", csrf), ("token", submissions.new_token()), *form.items(multi=True)])
        response = client.post(f"{path}/{action}", data=data)
        assert response.status_code in (302, 400, 409), response.status_code
        if response.status_code != 302:  # refused: nothing changed
            assert (count(session, QueueEvent), count(session, OutboundMessage)) == before

    post()
