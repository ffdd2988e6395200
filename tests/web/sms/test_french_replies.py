"""A French-speaking participant's replies get answers from messages/fr/: keywords, crisis, the rest.

Each expected text is the bank's own French file rendered as the app renders it, and each test checks
it differs from the English answer, so a reply sent in the wrong language fails.
"""

import html
import re
from datetime import date

import pytest
from freezegun import freeze_time
from sqlalchemy import select

from tests.support.builders import make_active
from tests.support.sms_webhook import NIGHT, items, reply
from textsupport import content
from textsupport.models import Arm, Level, OutboundKind, OutboundMessage, Participant

FRENCH_PHONE = "+17805550150"
UNKNOWN = "+17805550177"


@pytest.fixture
def francophone(session):
    return make_active(
        session, Arm.TEXT, date(2026, 11, 1), phone=FRENCH_PHONE, first_name="Élise", language="fr"
    )


def answer(response) -> str | None:
    """The text of the TwiML answer, unescaped; None when there is none."""
    found = re.search(r"<Message>(.*?)</Message>", response.get_data(as_text=True), re.S)
    return None if found is None else html.unescape(found.group(1))


def bank(app, name: str, language: str, first_name: str | None = None) -> str:
    with app.app_context():
        return content.content().render(name, first_name, language=language)


def in_french(app, name: str, first_name: str | None = None) -> str:
    french, english = bank(app, name, "fr", first_name), bank(app, name, "en", first_name)
    assert french != english
    return french


@pytest.mark.parametrize("word", ["AIDE", "aide", "HELP", "Aide!"])
def test_help_in_either_language_answers_a_francophone_in_french_and_a_bare_call_is_urgent(
    app, client, session, francophone, word
):
    assert answer(reply(client, word, sender=FRENCH_PHONE)) == in_french(app, "replies/help.txt")
    assert [(i.kind, i.level) for i in items(session)] == [("help", Level.URGENT)]
    help_text = in_french(app, "replies/help.txt")
    assert "9-8-8" in help_text and "ARRET" in help_text and "en semaine de 9 h à 17 h" in help_text


def test_aide_from_an_english_reader_is_answered_in_english(app, client, session, person):
    assert answer(reply(client, "AIDE")) == bank(app, "replies/help.txt", "en")
    assert [(i.kind, i.level) for i in items(session)] == [("help", Level.URGENT)]


@pytest.mark.parametrize(("word", "language"), [("AIDE", "fr"), ("HELP", "en"), ("info", "en")])
def test_a_number_nobody_owns_is_answered_in_the_keyword_s_language(app, client, session, word, language):
    assert answer(reply(client, word, sender=UNKNOWN)) == bank(app, "replies/help.txt", language)


@freeze_time(NIGHT)
def test_a_francophone_in_crisis_gets_the_french_crisis_answer_at_once(app, client, session, francophone):
    text = answer(reply(client, "je veux mourir", sender=FRENCH_PHONE))
    assert text == in_french(app, "replies/crisis.txt")
    for number in ("9-8-8", "911", "1-877-303-2642", "780-482-4357"):
        assert number in text
    assert "service francophone" in text and "Nous avons prévenu notre équipe" in text
    assert [i.level for i in items(session)] == [Level.CRISIS]
    session.rollback()
    recorded = session.scalar(select(OutboundMessage).where(OutboundMessage.kind == OutboundKind.AUTO_REPLY))
    assert recorded.body == text
    alert = session.scalar(select(OutboundMessage).where(OutboundMessage.kind == OutboundKind.NOTIFICATION))
    assert alert.body.startswith("TextSupport: a crisis reply")  # staff texts stay English


@freeze_time(NIGHT)
def test_someone_else_in_danger_leads_with_911_in_french(app, client, session, francophone):
    body = "my friend texted me goodbye an hour ago and now she wont answer"
    text = answer(reply(client, body, sender=FRENCH_PHONE))
    assert text == in_french(app, "replies/crisis_someone_else.txt")
    assert text.startswith("Si quelqu'un est en danger maintenant, appelez le 911.")


@pytest.mark.parametrize(
    ("body", "template"),
    [
        ("merci, belle journée", "replies/acknowledgement.txt"),
        ("i feel hopeless and i cant cope anymore", "replies/urgent.txt"),
        ("please stop texting me", "replies/opt_out_request.txt"),
    ],
)
def test_other_replies_are_answered_in_french(app, client, session, francophone, body, template):
    with freeze_time("2026-11-24T17:00:00Z"):
        assert answer(reply(client, body, sender=FRENCH_PHONE)) == in_french(app, template)


def test_arret_then_debut_resubscribes_without_a_text_of_ours(app, client, session, francophone):
    assert answer(reply(client, "ARRÊT", sender=FRENCH_PHONE)) is None
    session.rollback()
    session.expire_all()
    assert session.get(Participant, francophone.id).sms_opted_out_at is not None
    assert answer(reply(client, "Début", sender=FRENCH_PHONE)) is None  # Twilio confirms, as for START
    session.rollback()
    session.expire_all()
    assert session.get(Participant, francophone.id).sms_opted_out_at is None
