"""The participant page: the whole picture for those allowed to see it, withdrawal and appointments."""

import re
from datetime import UTC, date, datetime, timedelta
from html import unescape

import pytest
from freezegun import freeze_time
from sqlalchemy import select

from tests.support.builders import make_active, make_outbound, make_participant, make_staff
from tests.support.queue_builders import make_inbound, make_item
from tests.support.times import MONDAY_SEND as NOW
from tests.support.web import csrf_token, login
from textsupport.config import PROJECT_ROOT
from textsupport.content import Content, daily_template
from textsupport.models import (
    Appointment,
    Arm,
    Assessment,
    AssessmentKind,
    AuditEntry,
    ContactRole,
    Level,
    OutboundKind,
    OutboundMessage,
    OutboundStatus,
    ParticipantStatus,
    QueueEvent,
    Role,
    WithdrawalKind,
)

START = date(2026, 11, 1)  # so today, Nov 23, is program day 22


def signed_in(client, session, role=Role.TRIAL_STAFF):
    make_staff(session, email=f"{role.value}@example.org", display_name="Sam", role=role)
    login(client, f"{role.value}@example.org")
    return client


def page_of(client, participant) -> str:
    return client.get(f"/participants/{participant.study_id}").get_data(as_text=True)


def text_of(html: str) -> str:
    """The page as a reader sees it: tags dropped, whitespace collapsed."""
    return re.sub(r" ([,;:])", r"\1", re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", html))))


def fact(html: str, name: str) -> str:
    match = re.search(rf"<dt>{name}</dt><dd[^>]*>(.*?)</dd>", html, re.S)
    assert match, f"no fact {name}"
    return text_of(match[1]).strip()


def withdraw(client, participant, kind: str, reason: str = "asked to stop"):
    path = f"/participants/{participant.study_id}/withdraw"
    form = {"csrf_token": csrf_token(client, path), "kind": kind, "reason": reason}
    return client.post(path, data=form, follow_redirects=True)


@freeze_time(NOW)
def test_the_withdraw_form_asks_what_from_with_plain_explanations(client, session):
    participant = make_active(session, Arm.TEXT, START)
    signed_in(client, session)
    path = f"/participants/{participant.study_id}/withdraw"
    form = client.get(path).get_data(as_text=True)
    assert 'type="radio"' in form and "follow-up assessments and survey texts go on" in form
    refused = client.post(path, data={"csrf_token": csrf_token(client, path), "reason": "moved"})
    assert refused.status_code == 400 and "Choose what they are withdrawing from." in refused.get_data(True)
    session.rollback()
    assert participant.withdrawal_kind is None


@pytest.mark.parametrize(
    ("kind", "status", "texts"),
    [
        (
            "intervention",
            "active (withdrawn from the intervention)",
            "follow-up survey texts only: withdrawn from the intervention",
        ),
        ("study", "withdrawn", "off: withdrawn from the study"),
    ],
)
@freeze_time(NOW)
def test_the_page_says_why_texts_are_off_after_each_kind_of_withdrawal(client, session, kind, status, texts):
    participant = make_active(session, Arm.PEER_TEXT, START)
    signed_in(client, session)
    before = page_of(client, participant)
    assert fact(before, "Texts") == "on" and "Next daily texts" in before
    flashed = withdraw(client, participant, kind).get_data(as_text=True)
    assert f"is withdrawn from the {kind}" in flashed
    assert fact(flashed, "Status") == status
    assert fact(flashed, "Texts") == texts
    assert "Next daily texts" not in flashed
    assert f"Withdrawn from the {kind}: asked to stop" in text_of(flashed)
    assert ("Withdraw from the study as well" in flashed) is (kind == "intervention")


@pytest.mark.parametrize(
    ("overrides", "texts"),
    [
        ({"sms_opted_out_at": datetime(2026, 11, 2, tzinfo=UTC)}, "off: stopped by the participant (STOP)"),
        ({"phone_problem": "invalid"}, "off: the phone number is invalid"),
        (
            {"status": ParticipantStatus.COMPLETED},
            "follow-up survey texts only: the 182 days of daily texts are over",
        ),
    ],
)
@freeze_time(NOW)
def test_texts_off_says_why(client, session, overrides, texts):
    participant = make_active(session, Arm.TEXT, START, **overrides)
    assert fact(page_of(signed_in(client, session), participant), "Texts") == texts


@pytest.mark.parametrize(
    ("arm", "texts"), [(Arm.TAU, "follow-up survey texts only: this arm gets no daily texts")]
)
@freeze_time(NOW)
def test_an_arm_without_daily_texts_is_said_so(client, session, arm, texts):
    participant = make_active(session, arm, START)
    html = page_of(signed_in(client, session), participant)
    assert fact(html, "Texts") == texts
    assert fact(html, "Arm").startswith(arm.value)
    assert "Next daily texts" not in html


@freeze_time(NOW)
def test_an_enrolled_participant_has_no_arm_and_no_texts_yet(client, session):
    participant = make_participant(session)
    html = page_of(signed_in(client, session), participant)
    assert fact(html, "Texts") == "off until randomised"
    assert "<dt>Arm</dt>" not in html


@freeze_time(NOW)
def test_no_appointment_is_taken_after_a_study_withdrawal(client, session):
    participant = make_active(
        session, Arm.TEXT, START, status=ParticipantStatus.WITHDRAWN, withdrawal_kind=WithdrawalKind.STUDY
    )
    signed_in(client, session)
    path = f"/participants/{participant.study_id}"
    html = page_of(client, participant)
    assert "Add appointment" not in html and "appointments can no longer be added" in html
    form = {"csrf_token": csrf_token(client, path), "when": "2026-11-26T14:30", "location": ""}
    answer = client.post(f"{path}/appointments", data=form, follow_redirects=True).get_data(as_text=True)
    assert "Appointment not added: " in answer and "has withdrawn from the study" in answer
    assert session.scalar(select(Appointment)) is None


@freeze_time(NOW)
def test_texts_both_ways_in_time_order_with_what_triage_said(client, session):
    participant = make_active(session, Arm.TEXT, START)
    make_outbound(
        session,
        participant,
        body="A small step counts.",
        status=OutboundStatus.DELIVERED,
        sent_at=datetime(2026, 11, 22, 17, tzinfo=UTC),
        scheduled_for=datetime(2026, 11, 22, 17, tzinfo=UTC),
    )
    inbound = make_inbound(
        session,
        participant,
        level=Level.URGENT,
        body="rough day, call me",
        at=datetime(2026, 11, 22, 18, tzinfo=UTC),
    )
    inbound.reasons = ["asks for contact", "distress"]
    make_inbound(session, participant, level=None, body="thanks", at=datetime(2026, 11, 22, 19, tzinfo=UTC))
    session.commit()
    page = text_of(page_of(signed_in(client, session), participant))
    sent = page.index("We sent (daily) · 2026-11-22 10:00 MST · delivered A small step counts.")
    rough = page.index(
        "They wrote · 2026-11-22 11:00 MST (23 h ago) rough day, call me "
        "Triage: urgent asks for contact; distress"
    )
    thanks = page.index("They wrote · 2026-11-22 12:00 MST (22 h ago) thanks Triage: not classified")
    assert sent < rough < thanks


@pytest.mark.parametrize(("role", "linked"), [(Role.SUPERVISOR, True), (Role.TRIAL_STAFF, False)])
@freeze_time(NOW)
def test_queue_items_and_contacts_with_links_for_those_who_may_open_items(client, session, role, linked):
    participant = make_active(session, Arm.PEER, START)
    worker = make_staff(session, display_name="Robin", role=Role.PEER_WORKER)
    item = make_item(session, participant, level=Level.CRISIS, at=datetime(2026, 11, 23, 15, tzinfo=UTC))
    contact = QueueEvent(
        item_id=item.id,
        at=datetime(2026, 11, 23, 16, tzinfo=UTC),
        actor_id=worker.id,
        action="contact",
        note="talked it through",
        minutes=25,
        data={"type": "phone"},
    )
    session.add(contact)
    session.flush()
    session.add_all(
        ContactRole(event_id=contact.id, role_code=code, tagged_by_id=worker.id, tagged_at=contact.at)
        for code in ("recovery_story", "hope")
    )
    session.commit()
    html = page_of(signed_in(client, session, role), participant)
    page = text_of(html)
    assert "2026-11-23 08:00 MST (2 h ago) crisis reply open –" in page
    assert (
        "2026-11-23 09:00 MST (1 h ago) Phone call, 25 min by Robin: talked it through"
        " Peer roles: Promoting hope Sharing one's recovery story"
    ) in page
    assert (f'href="/queue/items/{item.id}"' in html) is linked


@freeze_time(NOW)
def test_assessments_with_time_point_due_and_done(client, session):
    participant = make_active(session, Arm.TAU, START)
    session.add_all(
        [
            Assessment(
                participant_id=participant.id,
                kind=AssessmentKind.BASELINE,
                due_date=START,
                completed_at=datetime(2026, 11, 1, 18, tzinfo=UTC),
            ),
            Assessment(
                participant_id=participant.id, kind=AssessmentKind.WEEK_6, due_date=date(2026, 12, 13)
            ),
        ]
    )
    session.commit()
    page = text_of(page_of(signed_in(client, session), participant))
    assert "baseline 2026-11-01 2026-11-01 11:00 MST" in page
    assert "week 6 2026-12-13 not yet" in page


@freeze_time(NOW)
def test_the_next_five_daily_texts_are_previewed_from_the_bank(client, session):
    participant = make_active(session, Arm.TEXT, START, first_name="Robin")
    make_outbound(
        session, participant, local_date=date(2026, 11, 23), status=OutboundStatus.SENT
    )  # today's went
    page = text_of(page_of(signed_in(client, session), participant))
    bank = Content(PROJECT_ROOT / "messages", {})
    for offset, day in enumerate(range(23, 28), start=1):
        local = date(2026, 11, 23) + timedelta(days=offset)
        body = re.sub(r"\s+", " ", bank.render(daily_template(day), "Robin"))
        assert f"{local.isoformat()} (day {day}, 10:00 their time) {body}" in page, day
    assert "(day 22," not in page and "(day 28," not in page


@freeze_time(NOW)
def test_every_time_is_in_program_time_with_its_zone(client, session):
    participant = make_active(session, Arm.TEXT, START, tz="America/Toronto")
    html = page_of(signed_in(client, session), participant)
    assert " UTC" not in text_of(html)
    assert "Randomised" in html and "2026-11-01 11:00 MST" in text_of(html)  # allocated 18:00 UTC


def add_appointment(client, session, participant, when="2026-11-26T14:30", location="Grey Nuns clinic"):
    path = f"/participants/{participant.study_id}"
    form = {"csrf_token": csrf_token(client, path), "when": when, "location": location}
    client.post(f"{path}/appointments", data=form)
    return session.scalar(select(Appointment).where(Appointment.participant_id == participant.id))


@freeze_time(NOW)
def test_an_appointment_is_edited_then_cancelled_each_audited(client, session):
    participant = make_active(session, Arm.TEXT, START)
    signed_in(client, session)
    appointment = add_appointment(client, session, participant)
    path = f"/participants/{participant.study_id}"
    form = {"csrf_token": csrf_token(client, path), "when": "2026-11-27T09:15", "location": "Home visit"}
    edited = client.post(f"{path}/appointments/{appointment.id}", data=form, follow_redirects=True)
    assert "Appointment changed." in edited.get_data(as_text=True)
    session.rollback()  # a fresh snapshot: the app wrote on its own connection
    assert (
        appointment.at == datetime(2026, 11, 27, 16, 15, tzinfo=UTC) and appointment.location == "Home visit"
    )
    assert "2026-11-27 09:15 MST, Home visit" in text_of(edited.get_data(as_text=True))
    cancel = f"{path}/appointments/{appointment.id}/cancel"
    assert client.post(cancel, data={}).status_code in (302, 400)  # no CSRF token: nothing happens
    session.rollback()  # a fresh snapshot: the app wrote on its own connection
    assert appointment.cancelled_at is None
    cancelled = client.post(cancel, data={"csrf_token": csrf_token(client, path)}, follow_redirects=True)
    assert "Appointment cancelled." in cancelled.get_data(as_text=True)
    session.rollback()  # a fresh snapshot: the app wrote on its own connection
    assert appointment.cancelled_at == datetime(2026, 11, 23, 17, tzinfo=UTC)
    actions = session.scalars(select(AuditEntry.action).where(AuditEntry.action.like("%appointment"))).all()
    assert actions == ["add_appointment", "edit_appointment", "cancel_appointment"]
    again = client.post(cancel, data={"csrf_token": csrf_token(client, path)}, follow_redirects=True)
    assert "already cancelled" in again.get_data(as_text=True)


@pytest.mark.parametrize(("new_time", "kept"), [("2026-11-26T16:00", True), ("2026-11-28T14:30", False)])
def test_moving_an_appointment_to_another_day_cancels_its_planned_reminder(client, session, new_time, kept):
    participant = make_active(session, Arm.TEXT, START)
    with freeze_time("2026-11-25T07:00:00Z"):  # Tue 00:00 MST: the reminder for Wednesday is planned
        signed_in(client, session)
        appointment = add_appointment(client, session, participant)
        make_outbound(
            session,
            participant,
            kind=OutboundKind.APPOINTMENT_REMINDER,
            body=None,
            local_date=date(2026, 11, 25),
            appointment_id=appointment.id,
        )
        path = f"/participants/{participant.study_id}"
        form = {"csrf_token": csrf_token(client, path), "when": new_time, "location": ""}
        client.post(f"{path}/appointments/{appointment.id}", data=form)
    session.rollback()
    reminder = session.scalar(select(OutboundMessage).where(OutboundMessage.appointment_id == appointment.id))
    assert reminder.status is (OutboundStatus.PLANNED if kept else OutboundStatus.CANCELLED)


@pytest.mark.parametrize(
    ("kind", "note"),
    [
        (WithdrawalKind.INTERVENTION, "Withdrawn from the intervention: no peer contact."),
        (WithdrawalKind.STUDY, "Withdrawn from the study: no texts can be sent to them."),
    ],
)
@freeze_time(NOW)
def test_the_queue_item_page_warns_who_replies_after_a_withdrawal(client, session, kind, note):
    participant = make_active(session, Arm.PEER, START, withdrawal_kind=kind)
    item = make_item(session, participant)
    html = signed_in(client, session, Role.SUPERVISOR).get(f"/queue/items/{item.id}").get_data(as_text=True)
    assert note in html


@freeze_time(NOW)
def test_the_participant_list_shows_a_withdrawal_from_the_intervention(client, session):
    make_active(session, Arm.TEXT, START, withdrawal_kind=WithdrawalKind.INTERVENTION)
    page = text_of(signed_in(client, session).get("/participants/").get_data(as_text=True))
    assert "active (withdrawn from the intervention)" in page
