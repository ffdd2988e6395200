"""Input limits: bodies refused before they are read, refusals counted per minute, forms that cannot be
stored refused with a message (nothing saved), and webhook fields we do not need never in the way."""

from __future__ import annotations

import io
import re
from datetime import date

import pyotp
import pytest
from sqlalchemy import func, select

from tests.support.builders import PASSWORD, make_active, make_staff
from tests.support.queue_builders import make_item
from tests.support.signing import SETTINGS, signed_post
from tests.support.web import csrf_token, form_data, login
from textsupport import sealing
from textsupport.models import Arm, AuditEntry, QueueEvent, RefusalCount, Role
from textsupport.web import limits, webhooks


@pytest.fixture
def settings_overrides():
    """This module's settings (the one `settings` fixture applies them)."""
    return dict(**SETTINGS)


class Unread(io.RawIOBase):
    """A 50 MB request body that fails the test if anything reads it."""

    size = 50 * 1024 * 1024
    position = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def seek(self, offset: int, whence: int = 0) -> int:
        self.position = self.size if whence == io.SEEK_END else offset  # the test client measures it
        return self.position

    def tell(self) -> int:
        return self.position

    def readinto(self, buffer) -> int:
        raise AssertionError("the body was read")


def huge_post(client, path: str, headers: dict | None = None):
    """A 50 MB form post whose body must never be read."""
    return client.post(
        path,
        input_stream=Unread(),
        content_type="application/x-www-form-urlencoded",
        headers=headers,
    )


def counted(session) -> list[tuple[str, str, int]]:
    session.rollback()  # see the app's commits
    return [(r.kind, r.last_path, r.count) for r in session.scalars(select(RefusalCount).order_by("kind"))]


@pytest.mark.parametrize("path", ["/twilio/sms", "/twilio/status"])
def test_an_unsigned_50_mb_webhook_is_refused_before_its_body_is_read(client, session, path):
    assert huge_post(client, path).status_code == 403
    assert counted(session) == [("webhook_signature", path, 1)]


def test_a_signed_looking_webhook_over_the_limit_is_a_413_before_its_body_is_read(client, session):
    assert huge_post(client, "/twilio/sms", {"X-Twilio-Signature": "c2lnbmVk"}).status_code == 413
    assert counted(session) == [("too_large", "/twilio/sms", 1)]


def test_refusals_are_counted_in_one_row_per_minute_and_source_not_one_each(client, session):
    for _ in range(30):
        assert client.post("/twilio/sms", data={"MessageSid": "SM1", "Body": "hi"}).status_code == 403
    for _ in range(5):  # signed with another token: refused after the check, counted the same way
        assert signed_post(client, "/twilio/status", {"MessageSid": "SM1"}, token="x").status_code == 403
    assert counted(session) == [("webhook_signature", "/twilio/status", 35)]
    assert session.scalar(select(func.count()).select_from(AuditEntry)) == 0


def test_a_body_over_the_limit_anywhere_is_a_413_before_it_is_read(client, session):
    response = huge_post(client, "/login")
    assert response.status_code == 413
    assert "Nothing was saved" in response.get_data(as_text=True)
    assert limits.MAX_CONTENT_LENGTH < 50 * 1024 * 1024 and webhooks.MAX_BYTES < limits.MAX_CONTENT_LENGTH


def test_a_form_with_too_many_fields_is_a_413(client, session):
    fields = "&".join(f"k{n}=v" for n in range(limits.MAX_FORM_PARTS + 1))
    response = client.post("/login", data=fields, content_type="application/x-www-form-urlencoded")
    assert response.status_code == 413
    just_enough = "&".join(f"k{n}=v" for n in range(limits.MAX_FORM_PARTS))
    response = client.post("/login", data=just_enough, content_type="application/x-www-form-urlencoded")
    assert response.status_code == 400  # read, and refused for having no CSRF token: not a 413


@pytest.fixture
def worker_and_item(client, session):
    pat = make_staff(session, role=Role.SUPERVISOR, email="sup@example.org")
    item = make_item(session, make_active(session, Arm.TEXT, date(2026, 11, 1)))
    login(client, pat.email)
    return item


@pytest.mark.parametrize(
    ("note", "says"),
    [
        ("called\x00 them", "NUL character"),
        ("x" * (limits.MAX_FIELD_CHARS + 1), f"longer than {limits.MAX_FIELD_CHARS:,} characters"),
    ],
    ids=["nul", "too-long"],
)
def test_a_staff_form_field_that_cannot_be_stored_is_refused_with_a_message(
    client, session, worker_and_item, note, says
):
    path = f"/queue/items/{worker_and_item.id}"
    tokens = form_data(client, path, f"{path}/contact")
    fields = {**tokens, "type": "phone", "minutes": "5", "note": note}
    response = client.post(f"{path}/contact", data=fields)
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert says in page and "Nothing was saved" in page
    session.rollback()
    actions = select(QueueEvent.action).where(QueueEvent.item_id == worker_and_item.id)
    assert session.scalars(actions).all() == ["opened"]


def test_numbers_in_query_strings_and_forms_out_of_range_are_400s(client, session, worker_and_item):
    for worker in ("99999999999999999999", "²", "-1"):
        assert client.get(f"/queue/resolved?worker={worker}").status_code == 400
    make_active(session, Arm.PEER, date(2026, 11, 1), study_id="TS-PEER01")
    token = csrf_token(client, "/queue/workload/")
    for peer in ("99999999999999999999", "²", "x"):
        fields = {"csrf_token": token, "study_id": "TS-PEER01", "peer_id": peer}
        assert client.post("/queue/workload/assign", data=fields).status_code == 400, peer


def test_a_two_step_code_in_other_digits_is_a_wrong_code_not_a_500(client, session):
    make_staff(
        session,
        email="mfa@example.org",
        role=Role.ADMIN,
        totp_key=sealing.seal("test-secret-key", pyotp.random_base32()),
    )
    token = csrf_token(client)
    fields = {"email": "mfa@example.org", "password": PASSWORD, "code": "١٢٣٤٥٦", "csrf_token": token}
    response = client.post("/login", data=fields)  # str.isdigit() says yes; hmac cannot compare them
    assert response.status_code == 200 and "authenticator code is" in response.get_data(as_text=True)


def test_the_audit_log_page_shows_the_refusals_counted_per_minute(client, session):
    for _ in range(3):
        assert client.post("/twilio/sms", data={"MessageSid": "SM1"}).status_code == 403
    make_staff(session, email="admin@example.org", role=Role.ADMIN)
    login(client, "admin@example.org")
    page = client.get("/audit").get_data(as_text=True)
    assert "Refused before sign-in" in page
    assert re.search(r"webhook_signature</td>\s*<td[^>]*>127\.0\.0\.1</td>\s*<td[^>]*>3</td>", page)
