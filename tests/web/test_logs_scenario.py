"""No personal data in the logs: a whole trial (enrol, randomise, texts out through the Twilio client,
replies in, a crisis, queue work, the research export) with every logger at DEBUG, as production
configures them (logs.configure, JSON lines), and then not one line carries a participant's phone,
name or a message body.

The third-party loggers logs.QUIET holds at WARNING (the Twilio client logs each request's URL and
query) are held there here too, as in production; the engine's statements are logged at this level,
with their parameters hidden (db.make_engine).
"""

from __future__ import annotations

import io
import logging
import threading
from datetime import timedelta

import pytest
from sqlalchemy import select

from scheduler import dispatcher, jobs
from tests.support.builders import make_staff
from tests.support.fakes.twilio_api import FakeTwilioServer
from tests.support.signing import PUBLIC, TOKEN, signed_post
from tests.support.times import MONDAY_NOON
from tests.support.web import csrf_token, form_data, login
from textsupport import logs
from textsupport.models import OutboundMessage, QueueItem, Role

ACCOUNT = "AC" + "7" * 32
PEOPLE = {"Marisol": "+17805550181", "Thaddeus": "+17805550182"}
REPLIES = {"Marisol": "the heron by the river was lovely today", "Thaddeus": "i want to end my life tonight"}
STAFF_WORDS = ["Glad the heron cheered you", "Talked through the evening plan", "Safety plan made together"]


@pytest.fixture
def twilio():
    server = FakeTwilioServer(ACCOUNT, TOKEN)
    with server as fake:
        yield server, fake


@pytest.fixture
def settings_overrides(twilio):
    """This module's settings: texts go out through the real Twilio client to a local fake."""
    server, _ = twilio
    return server.client_settings(PUBLIC_BASE_URL=PUBLIC, ONCALL_PHONES="+17805550999")


@pytest.fixture
def log_lines():
    """Every log line, as production writes them (JSON, DEBUG), into a buffer; restored afterwards."""
    root = logging.getLogger()
    saved = (root.handlers[:], root.level, {name: logging.getLogger(name).level for name in logs.QUIET})
    logs.configure(json_lines=True, level=logging.DEBUG)
    buffer = io.StringIO()
    root.handlers[0].setStream(buffer)
    yield buffer
    root.handlers[:], root.level = saved[0], saved[1]
    for name, level in saved[2].items():
        logging.getLogger(name).setLevel(level)


def run_jobs(app, at) -> None:
    """Every scheduler job once, at `at`, as the scheduler runs them (each logs its summary), then one
    dispatcher round as `python -m scheduler --dispatch-only` runs it."""
    app.config["TEXTSUPPORT_NOW"] = at
    for spec in jobs.JOBS:
        assert jobs.run_job(app, spec) is not None, spec.name
    dispatcher.send_round(app, threading.Event())


def secrets() -> list[str]:
    """Phones (as stored and as typed), names and every body, of participants and staff replies."""
    phones = [form for phone in PEOPLE.values() for form in (phone, phone[2:], f"{phone[2:5]} {phone[5:8]}")]
    return [*PEOPLE, *phones, *REPLIES.values(), *STAFF_WORDS]


def test_a_whole_trial_at_debug_logs_no_phone_name_or_body(app, client, session, log_lines, twilio, tmp_path):
    _, fake = twilio
    app.config["TEXTSUPPORT_NOW"] = MONDAY_NOON
    runner = app.test_cli_runner()
    generated = runner.invoke(
        args=["allocations", "generate", "--seed", "s", "--per-stratum", "8", "--sites", "north,south"]
    )
    assert generated.exit_code == 0, generated.output
    make_staff(session, email="admin@example.org", role=Role.ADMIN)
    login(client, "admin@example.org")

    study_ids = {}
    for name, phone in PEOPLE.items():  # enrol as typed, randomise, find by phone, open the page
        typed = dict(
            phone=f"780 {phone[5:8]} {phone[8:]}", first_name=name, site="north", sex="F",
            tz="America/Edmonton", date_of_birth="1988-04-02", discharge_date="2026-11-20",
            consent_version="v2.1", text_capable_phone="y", reads_english="y", baseline_done="y",
        )  # fmt: skip
        enrolled = client.post("/participants/new", data={**form_data(client, "/participants/new"), **typed})
        assert enrolled.status_code == 302, enrolled.get_data(as_text=True)
        study_ids[name] = enrolled.location.rsplit("/", 1)[1]
        path = f"/participants/{study_ids[name]}"
        assert (
            client.post(
                f"{path}/randomize", data={"csrf_token": csrf_token(client, f"{path}/randomize")}
            ).status_code
            == 302
        )
        found = client.post(
            "/participants/", data={"q": phone, "csrf_token": csrf_token(client, "/participants/")}
        )
        assert study_ids[name] in found.get_data(as_text=True)
        assert client.get(path).status_code == 200
    again = client.post("/participants/new", data={**form_data(client, "/participants/new"), **typed})
    assert again.status_code == 400  # the phone is taken: a refusal, which names no value

    run_jobs(app, MONDAY_NOON)  # the day's texts, out through the Twilio client
    for text in session.scalars(select(OutboundMessage).where(OutboundMessage.provider_sid.is_not(None))):
        callback = {"MessageSid": text.provider_sid, "MessageStatus": "delivered", "AccountSid": ACCOUNT}
        assert signed_post(client, "/twilio/status", callback).status_code == 200
    for n, (name, body) in enumerate(REPLIES.items()):  # a reply, and a crisis (on-call alerted)
        form = {"MessageSid": f"SM{n:032d}", "From": PEOPLE[name], "To": "+17805550199", "Body": body}
        assert signed_post(client, "/twilio/sms", form).status_code == 200

    run_jobs(app, MONDAY_NOON + timedelta(minutes=16))  # the crisis is overdue: on-call is paged
    session.rollback()
    items = session.scalars(select(QueueItem).order_by(QueueItem.id)).all()
    assert len(items) == 2
    assert client.get("/queue/?tab=all").status_code == 200
    for item, (reply, note, resolution) in zip(items, [STAFF_WORDS] * 2, strict=True):
        path = f"/queue/items/{item.id}"
        assert client.post(f"{path}/claim", data={"csrf_token": csrf_token(client, path)}).status_code == 302
        for action, fields in (
            ("reply", {"body": reply, "form": "reply"}),
            ("contact", {"type": "phone", "minutes": "20", "note": note}),
            ("resolve", {"note": resolution}),
        ):
            done = client.post(
                f"{path}/{action}", data={**form_data(client, path, f"{path}/{action}"), **fields}
            )
            assert done.status_code == 302, (action, done.get_data(as_text=True))
    run_jobs(app, MONDAY_NOON + timedelta(minutes=20))  # the staff replies go out
    exported = runner.invoke(
        args=["export", "--out", str(tmp_path / "export"), "--identifiable", "--reason", "log check"]
    )
    assert exported.exit_code == 0, exported.output

    sent = [text["body"] for text in fake.created]  # through the real Twilio client: the replies, on-call
    assert sent.count(STAFF_WORDS[0]) == 2 and any("/queue/items/" in body for body in sent)
    lines = log_lines.getvalue().splitlines()
    assert any('"message": "dispatched {' in line for line in lines)  # the capture really works
    leaks = [(secret, line) for line in lines for secret in secrets() if secret in line]
    assert leaks == []
