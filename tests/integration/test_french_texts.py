"""A French-speaking participant reads every planned text from messages/fr/: welcome, daily, closing,
appointment and follow-up reminders. An English reader beside them keeps reading English."""

from datetime import UTC, date, datetime, time, timedelta

import pytest

from tests.support.builders import make_active
from tests.support.sending import sent, tick
from textsupport.config import PROJECT_ROOT
from textsupport.content import Content, daily_template, segments
from textsupport.models import Arm, Assessment, AssessmentKind, OutboundKind
from textsupport.services.trial import appointments

SHARED = {
    "program_name": "TextSupport",
    "crisis": {"national": "9-8-8", "ab_mental_health": "1-877-303-2642"},
}
BANK = Content(PROJECT_ROOT / "messages", SHARED)


@pytest.fixture
def settings_overrides():
    """This module's settings (the one `settings` fixture applies them)."""
    return dict(TWILIO_MPS="1000")


def at_18_utc(day: date) -> datetime:
    return datetime.combine(day, time(18, 0), tzinfo=UTC)  # 11:00 MST, after the 10:00 send


def test_daily_texts_welcome_and_closing_come_in_the_participant_s_language(app, session):
    start = date(2026, 1, 1)
    french = make_active(session, Arm.TEXT, start, first_name="Élise", language="fr")
    english = make_active(session, Arm.PEER_TEXT, start, first_name="Robin")
    for day in (1, 2, 15, 182, 183):
        tick(app, at_18_utc(start + timedelta(days=day)))
    days = (1, 2, 15, 182)
    french_texts = [t.body for t in sent(session, french)]
    assert french_texts == [BANK.render(daily_template(n), "Élise", language="fr") for n in days]
    assert french_texts[2].startswith("Bonjour Élise, ")  # day 15 greets by name
    assert [t.body for t in sent(session, english)] == [BANK.render(daily_template(n), "Robin") for n in days]
    assert set(french_texts).isdisjoint(t.body for t in sent(session, english))
    (welcome,) = sent(session, french, OutboundKind.WELCOME)
    assert welcome.body.startswith("Bienvenue à TextSupport.") and "ARRET" in welcome.body
    assert "en semaine de 9 h à 17 h" in welcome.body  # REPLY_HOURS_FR, not the English hours
    (closing,) = sent(session, french, OutboundKind.CLOSING)
    assert closing.body == BANK.render("closing.txt", language="fr")
    assert all(segments(t.body).count <= 2 for t in sent(session, french))


def test_the_appointment_reminder_names_the_day_and_month_in_french(app, session):
    participant = make_active(session, Arm.TEXT, date(2026, 11, 1), first_name="Élise", language="fr")
    app.config["TEXTSUPPORT_NOW"] = datetime(2026, 11, 23, 17, 0, tzinfo=UTC)
    with app.app_context():
        from textsupport import db

        appointments.add(db.session(), participant, "2026-11-26T14:05", "la clinique Grey Nuns", None)
    tick(app, datetime(2026, 11, 25, 17, 0, tzinfo=UTC))  # the day before, 10:00 MST
    (reminder,) = sent(session, participant, OutboundKind.APPOINTMENT_REMINDER)
    assert reminder.body == (
        "Bonjour Élise, petit rappel de votre rendez-vous le jeudi 26 novembre à 14 h 05 "
        "à la clinique Grey Nuns. Pour le changer, vous pouvez répondre à ce texto."
    )


def test_follow_up_invitations_and_reminders_name_the_time_point_in_french(app, session):
    participant = make_active(session, Arm.TAU, date(2026, 10, 1), language="fr")
    due = date(2026, 11, 12)
    session.add(Assessment(participant_id=participant.id, kind=AssessmentKind.WEEK_6, due_date=due))
    session.commit()
    for offset in (0, 3):
        tick(app, datetime.combine(due + timedelta(days=offset), time(17, 0), tzinfo=UTC))
    (invitation,) = sent(session, participant, OutboundKind.SURVEY_INVITATION)
    (reminder,) = sent(session, participant, OutboundKind.SURVEY_REMINDER)
    assert invitation.body.startswith(
        "C'est le moment de votre suivi de recherche à 6 semaines avec TextSupport."
    )
    assert reminder.body.startswith("Petit rappel de TextSupport : votre suivi de recherche à 6 semaines")
