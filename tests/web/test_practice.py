"""The sandbox on the web (issue 17): the queue's Practice tab, a supervisor's reset of a worker's
practice set (a confirm form, audited, sent once), the simulator in production for training
participants only, a practice item's link to that participant's phone (a trainee opens their own
set's phones and no other), and no debrief after a practice crisis."""

from datetime import date

import pytest
from sqlalchemy import func, select

from tests.support.builders import make_active, make_staff
from tests.support.databases import production_settings
from tests.support.queue_builders import make_item
from tests.support.signing import SETTINGS
from tests.support.web import csrf_token, form_data, login
from textsupport import config, content, create_app
from textsupport.models import (
    Arm,
    AuditEntry,
    DebriefRequest,
    InboundMessage,
    ItemState,
    Level,
    Participant,
    Pool,
    QueueItem,
    Role,
)
from textsupport.services.ops import practice
from textsupport.services.queue import casework


@pytest.fixture
def trainee(session):
    return make_staff(session, email="pat@example.org", display_name="Pat Peer", role=Role.PEER_WORKER)


@pytest.fixture
def practice_set(app, session, trainee):
    with app.app_context():
        return practice.load(session, trainee, config.of(app), content.content(), actor_id=None)


def test_a_peer_sees_their_practice_items_only_on_the_practice_tab(client, session, trainee, practice_set):
    real = make_active(session, Arm.PEER_TEXT, date(2026, 11, 1), peer_worker_id=trainee.id,
                       first_name="Remy")  # fmt: skip
    make_item(session, real, level=Level.ROUTINE, pool=Pool.PEER, assignee_id=trainee.id)
    session.commit()
    login(client, trainee.email)
    mine = client.get("/queue/?tab=mine").get_data(as_text=True)
    assert "Remy" in mine and "Robin" not in mine and "(1 crisis)" not in mine
    page = client.get("/queue/?tab=practice").get_data(as_text=True)
    for name in ("Robin", "Sasha", "Jordan", "Riley", "Charlie"):
        assert name in page
    assert "Remy" not in page and "Practice sets" not in page  # the reset is the supervisors'
    assert 'data-count-practice="8"' in page and 'data-crisis="0"' in page


def test_a_supervisor_resets_a_workers_practice_set_after_confirming(client, session, trainee, practice_set):
    make_staff(session, email="sue@example.org", role=Role.SUPERVISOR)
    login(client, "sue@example.org")
    tab = client.get("/queue/?tab=practice").get_data(as_text=True)
    assert "Practice sets" in tab and f"/queue/practice/reset?worker={trainee.id}" in tab
    form = form_data(client, f"/queue/practice/reset?worker={trainee.id}", "/queue/practice/reset")
    old = {p.id for p in practice_set}

    data = {**form, "worker": str(trainee.id)}
    answer = client.post("/queue/practice/reset", data=data)
    again = client.post("/queue/practice/reset", data=data, follow_redirects=True)

    assert answer.status_code == 302 and answer.headers["Location"].endswith("/queue/?tab=practice")
    assert "This was already sent." in again.get_data(as_text=True)  # one reset, however often sent
    session.expire_all()
    current = practice.current_set(session, trainee.id)
    assert len(current) == 5 and not old & {p.id for p in current}
    withdrawn = session.scalars(select(Participant).where(Participant.id.in_(old))).all()
    assert {p.withdrawal_reason for p in withdrawn} == {"practice set reset"}
    still_open = select(QueueItem.participant_id).where(QueueItem.state != ItemState.RESOLVED)
    owners = list(session.scalars(still_open))
    assert len(owners) == 8 and not old & set(owners)  # the old set's items all resolved; the new set's open
    assert "practice set reset" not in client.get("/queue/resolved").get_data(as_text=True)
    resets = session.scalars(select(AuditEntry).where(AuditEntry.action == "practice_reset")).all()
    assert len(resets) == 1 and resets[0].target_id == str(trainee.id)


def test_a_reset_without_a_peer_worker_is_refused_and_changes_nothing(client, session, trainee, practice_set):
    make_staff(session, email="sue@example.org", role=Role.SUPERVISOR)
    login(client, "sue@example.org")
    form = form_data(client, "/queue/practice/reset", "/queue/practice/reset")
    answer = client.post("/queue/practice/reset", data={**form, "worker": "abc"})
    assert answer.status_code == 400 and "Choose an active peer worker." in answer.get_data(as_text=True)
    assert len(practice.current_set(session, trainee.id)) == 5


def test_a_peer_worker_may_not_reset(client, session, trainee, practice_set):
    login(client, trainee.email)
    assert client.get("/queue/practice/reset").status_code == 403


def test_in_production_the_simulator_opens_training_phones_only(database_url, session, practice_set):
    real = make_active(session, Arm.TEXT, date(2026, 11, 1), first_name="Remy")
    make_staff(session, email="sue@example.org", role=Role.SUPERVISOR)
    robin = practice_set[0]
    app = create_app(production_settings(database_url, MFA_REQUIRED="false"))
    try:
        client = app.test_client()
        login(client, "sue@example.org")
        assert client.get("/simulator/").status_code == 404
        assert client.get(f"/simulator/?participant={real.study_id}").status_code == 404
        page = client.get(f"/simulator/?participant={robin.study_id}")
        assert page.status_code == 200
        text = page.get_data(as_text=True)
        assert "Robin" in text and real.study_id not in text  # the picker lists practice phones only
        token = csrf_token(client, f"/simulator/?participant={robin.study_id}")
        sent = client.post(f"/simulator/{robin.study_id}/text", data={"body": "HELP", "csrf_token": token})
        assert sent.status_code == 302
        refused = client.post(f"/simulator/{real.study_id}/text", data={"body": "HELP", "csrf_token": token})
        assert refused.status_code == 404
    finally:
        app.extensions["textsupport.db"].dispose()
    denied = select(func.count()).where(
        AuditEntry.action == "simulator_refused", AuditEntry.outcome == "denied"
    )
    assert session.scalar(denied) == 3
    helps = select(func.count()).where(
        InboundMessage.participant_id == robin.id, InboundMessage.body == "HELP"
    )
    assert session.scalar(helps) == 1
    assert session.scalar(select(func.count()).where(InboundMessage.participant_id == real.id)) == 0


def crisis_of(session, person) -> QueueItem:
    return session.scalar(
        select(QueueItem).where(QueueItem.participant_id == person.id, QueueItem.level == Level.CRISIS)
    )


@pytest.mark.parametrize("settings", [SETTINGS], indirect=True)  # signs the texts typed on the phone
def test_a_practice_item_links_the_trainee_to_that_participants_phone_and_no_other(
    app, client, session, trainee, practice_set
):
    sam = make_staff(session, email="sam@example.org", role=Role.PEER_WORKER)
    with app.app_context():
        others = practice.load(session, sam, config.of(app), content.content(), actor_id=None)
    real = make_active(
        session, Arm.PEER_TEXT, date(2026, 11, 1), peer_worker_id=trainee.id, first_name="Remy"
    )
    robin = practice_set[0]
    login(client, trainee.email)
    page = client.get(f"/queue/items/{crisis_of(session, robin).id}").get_data(as_text=True)
    link = f'href="/simulator/?participant={robin.study_id}#phone"'
    assert 'class="badge badge-practice"' in page and link in page and "See Robin's phone" in page
    assert f'href="tel:{robin.phone}"' not in page and "not a real phone" in page  # nothing to dial
    phone = client.get(f"/simulator/?participant={robin.study_id}")
    shown = phone.get_data(as_text=True)
    assert phone.status_code == 200 and "Robin's phone" in shown and "i want to end it tonight" in shown
    assert all(p.study_id in shown for p in practice_set)  # the picker: their own set, nothing else
    assert others[0].study_id not in shown and real.study_id not in shown and "Next day" not in shown
    for person in (others[0], real):
        assert client.get(f"/simulator/?participant={person.study_id}").status_code == 404
    token = csrf_token(client, f"/simulator/?participant={robin.study_id}")
    assert client.post(f"/simulator/{robin.study_id}/next-day", data={"csrf_token": token}).status_code == 404
    sent = client.post(f"/simulator/{robin.study_id}/text", data={"body": "thank you", "csrf_token": token})
    assert sent.status_code == 302
    for person, status in ((others[0], 404), (real, 404)):
        posted = client.post(f"/simulator/{person.study_id}/text", data={"body": "hi", "csrf_token": token})
        assert posted.status_code == status
    session.rollback()  # see the app's commits
    replies = select(InboundMessage.participant_id).where(InboundMessage.body.in_(["thank you", "hi"]))
    assert list(session.scalars(replies)) == [robin.id]
    real_item = make_item(session, real, level=Level.ROUTINE, pool=Pool.PEER, assignee_id=trainee.id)
    page = client.get(f"/queue/items/{real_item.id}").get_data(as_text=True)
    assert "/simulator/" not in page and "badge-practice" not in page and f'href="tel:{real.phone}"' in page


def test_a_practice_crisis_offers_no_debrief_and_records_no_request(
    app, client, session, trainee, practice_set
):
    sue = make_staff(session, email="sue@example.org", role=Role.SUPERVISOR)
    item = crisis_of(session, practice_set[0])
    with app.app_context():
        casework.claim(session, item.id, trainee, settings=config.of(app))
    casework.request_signoff(session, item.id, trainee, "Practised the safety plan; please sign off.")
    login(client, trainee.email)
    path = f"/queue/items/{item.id}"
    page = client.get(path).get_data(as_text=True)
    assert "Would you like a debrief?" not in page and "A practice crisis asks for none" in page
    token = csrf_token(client, path)
    answer = client.post(
        "/programme/debrief",
        data={"item_id": item.id, "answer": "requested", "csrf_token": token},
        follow_redirects=True,
    )
    assert "There is no debrief to answer for that item." in answer.get_data(as_text=True)
    assert session.scalar(select(func.count()).select_from(DebriefRequest)) == 0
    casework.resolve(session, item.id, sue, "Signed off the practice.")
    assert "Would you like a debrief?" not in client.get(path).get_data(as_text=True)


def test_in_production_a_trainee_opens_their_own_practice_phone_only(
    database_url, session, trainee, practice_set
):
    real = make_active(session, Arm.PEER_TEXT, date(2026, 11, 1), peer_worker_id=trainee.id)
    app = create_app(production_settings(database_url, MFA_REQUIRED="false"))
    try:
        client = app.test_client()
        login(client, trainee.email)
        assert client.get(f"/simulator/?participant={practice_set[0].study_id}").status_code == 200
        assert client.get(f"/simulator/?participant={real.study_id}").status_code == 404
        assert client.get("/simulator/").status_code == 404
    finally:
        app.extensions["textsupport.db"].dispose()


def test_the_participants_list_keeps_practice_participants_apart(client, session, trainee, practice_set):
    real = make_active(session, Arm.PEER_TEXT, date(2026, 11, 1), first_name="Remy")
    make_staff(session, email="sue@example.org", role=Role.SUPERVISOR)
    login(client, "sue@example.org")
    trial = client.get("/participants/").get_data(as_text=True)
    assert real.study_id in trial and not any(p.study_id in trial for p in practice_set)
    assert 'href="/participants/?practice=1">Practice participants (5)</a>' in trial
    page = client.get("/participants/?practice=1").get_data(as_text=True)
    assert all(p.study_id in page for p in practice_set) and real.study_id not in page
    assert page.count('class="badge badge-practice"') == 5 and "Enrol a participant" not in page
    robin = practice_set[0]
    token = csrf_token(client, "/participants/")
    found = client.post("/participants/", data={"q": robin.phone, "practice": "1", "csrf_token": token})
    assert robin.study_id in found.get_data(as_text=True)
    missed = client.post("/participants/", data={"q": robin.phone, "csrf_token": token}).get_data(
        as_text=True
    )
    assert robin.study_id not in missed and "No trial participant matches" in missed


def test_a_peer_without_a_practice_set_is_told_who_starts_one(client, session, trainee):
    others = make_staff(session, email="lee@example.org", display_name="Lee Peer", role=Role.PEER_WORKER)
    with client.application.app_context():
        practice.load(session, others, config.of(client.application), content.content(), actor_id=None)
    login(client, trainee.email)
    tab = client.get("/queue/?tab=practice").get_data(as_text=True)
    phones = client.get("/simulator/").get_data(as_text=True)
    assert 'id="no-practice-set"' in tab and "Ask a supervisor" in tab
    assert 'id="no-practice-phones"' in phones and "No practice participants yet" in phones
    assert "Robin" not in phones  # another worker's set stays theirs

    make_staff(session, email="sue@example.org", role=Role.SUPERVISOR)
    supervisor = client.application.test_client()
    login(supervisor, "sue@example.org")
    sets = supervisor.get("/queue/?tab=practice").get_data(as_text=True)
    assert "Start Pat Peer's practice…" in sets and "Reset Lee Peer's practice…" in sets
    assert 'id="no-practice-set"' not in sets  # a supervisor has the table instead


def test_a_peer_with_a_practice_set_gets_no_such_note(client, session, trainee, practice_set):
    login(client, trainee.email)
    assert 'id="no-practice-set"' not in client.get("/queue/?tab=practice").get_data(as_text=True)
    phones = client.get("/simulator/").get_data(as_text=True)
    assert 'id="no-practice-phones"' not in phones and "Robin" in phones
