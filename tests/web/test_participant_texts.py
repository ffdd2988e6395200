"""The participant page shows every text with its delivery history, and takes appointments."""

from datetime import UTC, date, datetime

import pytest
from freezegun import freeze_time
from sqlalchemy import select

from tests.support.builders import make_active, make_outbound, make_staff
from tests.support.sending import sent, tick
from tests.support.signing import SETTINGS, signed_post
from tests.support.times import MONDAY_SEND as NOW
from tests.support.web import csrf_token, login
from textsupport.models import Appointment, Arm, OutboundKind, OutboundStatus, Role


@pytest.fixture
def settings_overrides():
    """This module's settings (the one `settings` fixture applies them)."""
    return dict(TWILIO_MPS="1000", **SETTINGS)


def staff_client(client, session):
    make_staff(session, email="tom@example.org", role=Role.TRIAL_STAFF)
    login(client, "tom@example.org")
    return client


@freeze_time(NOW)
def test_texts_show_status_history_and_escaped_bodies(client, session):
    participant = make_active(session, Arm.TEXT, date(2026, 11, 1))
    make_outbound(
        session, participant, body="<script>alert(1)</script>", provider_sid="SMx", status=OutboundStatus.SENT
    )
    for status in ("sent", "delivered"):
        signed_post(client, "/twilio/status", {"MessageSid": "SMx", "MessageStatus": status})
    page = staff_client(client, session).get(f"/participants/{participant.study_id}").get_data(as_text=True)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "<script>alert" not in page
    assert 'status-delivered">delivered' in page
    assert page.index(" sent") < page.index(" delivered")


@freeze_time(NOW)
def test_an_appointment_in_the_past_is_refused(client, session):
    participant = make_active(session, Arm.TEXT, date(2026, 11, 1))
    staff_client(client, session)
    path = f"/participants/{participant.study_id}"
    form = {"csrf_token": csrf_token(client, path), "when": "2026-11-20T09:00", "location": ""}
    page = client.post(f"{path}/appointments", data=form, follow_redirects=True).get_data(as_text=True)
    assert "must be in the future" in page
    assert session.scalar(select(Appointment)) is None


@pytest.mark.parametrize(("arm", "reminded"), [(Arm.TEXT, True), (Arm.TAU, False)])
def test_texting_arms_get_a_reminder_the_day_before(app, client, session, arm, reminded):
    participant = make_active(session, arm, date(2026, 11, 1), first_name="Sam")
    with freeze_time(NOW):
        staff_client(client, session)
        path = f"/participants/{participant.study_id}"
        form = {
            "csrf_token": csrf_token(client, path),
            "when": "2026-11-26T14:30",
            "location": "the Grey Nuns clinic",
        }
        client.post(f"{path}/appointments", data=form)
    tick(app, datetime(2026, 11, 25, 17, 0, tzinfo=UTC))  # Wed 10:00 MST, the day before
    tick(app, datetime(2026, 11, 26, 17, 0, tzinfo=UTC))  # the day itself: no second reminder
    reminders = sent(session, participant, OutboundKind.APPOINTMENT_REMINDER)
    if not reminded:
        assert reminders == []
        return
    assert len(reminders) == 1
    assert "Thu Nov 26 at 2:30 PM" in reminders[0].body and "Grey Nuns" in reminders[0].body
