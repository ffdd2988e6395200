"""Trial staff enrol and randomise, raters see tasks without arms, admins manage the allocation table."""

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from playwright.sync_api import expect
from sqlalchemy import func, select

from tests.support.builders import PASSWORD, make_ready_participant, make_staff
from textsupport import config
from textsupport.models import Assessment, Participant, Role
from textsupport.services.trial import allocations, randomize

pytestmark = pytest.mark.browser

ARMS = ("PEER", "PEER_TEXT", "TEXT", "TAU")


def sessions(app):
    """A new session on the live app's database."""
    return app.extensions["textsupport.db"].sessionmaker()


def add_staff(app, role: Role) -> str:
    """A saved staff account with `role`; returns its email."""
    with sessions(app) as session:
        return make_staff(session, email=f"{role.value}@example.org", display_name="Sam", role=role).email


def add_table(app, sites=("north",)) -> None:
    """A concealed allocation table for `sites`, made as the admin page would."""
    with sessions(app) as session:
        allocations.generate(session, "seed-1", 8, list(sites), config.of(app).strata_fields, None)


def sign_in(page, app, role: Role) -> None:
    """Sign in through /login as a new account with `role`."""
    email = add_staff(app, role)
    page.goto(f"{app.config['LIVE_URL']}/login")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", name="Welcome, Sam")).to_be_visible()


def open_nav(page, name: str) -> None:
    """Follow a link in the main navigation."""
    page.get_by_role("navigation", name="Main").get_by_role("link", name=name, exact=True).click()


def fill_enrolment(page, phone: str = "780 555 0142") -> None:
    """Fill every enrolment field with valid values (except, maybe, the phone)."""
    yesterday = datetime.now(ZoneInfo("America/Edmonton")).date() - timedelta(days=1)
    page.get_by_label("Mobile phone").fill(phone)
    page.get_by_label("First name (used in texts)").fill("Jordan")
    page.get_by_label("Site", exact=True).select_option("north")
    page.get_by_label("Sex", exact=True).select_option("F")
    expect(page.get_by_label("Time zone")).to_have_value("America/Edmonton")
    page.get_by_label("Date of birth").fill("1990-05-17")
    page.get_by_label("Discharge date").fill(yesterday.isoformat())
    page.get_by_label("Consent form version").fill("v2.1")
    page.get_by_label("Has a phone that can send and receive texts").check()
    page.get_by_label("Can read texts in that language").check()
    page.get_by_label("Baseline assessment is done").check()


def open_enrol_form(page) -> None:
    """Go to Participants, then to the enrolment form."""
    open_nav(page, "Participants")
    page.get_by_role("link", name="Enrol a participant").click()
    expect(page.get_by_role("heading", name="Enrol a participant")).to_be_visible()


def timeline_item(page, text):
    """The timeline entries whose text matches `text`."""
    return page.get_by_role("listitem").filter(has_text=text)


def test_trial_staff_enrol_then_randomise(page, live_app):
    add_table(live_app)
    sign_in(page, live_app, Role.TRIAL_STAFF)
    open_enrol_form(page)
    fill_enrolment(page)
    page.get_by_role("button", name="Enrol", exact=True).click()
    expect(page.get_by_role("status")).to_have_text(re.compile(r"^Enrolled TS-[A-Z2-9]{6}\.$"))
    study_id = page.get_by_role("status").inner_text().removeprefix("Enrolled ").removesuffix(".")
    expect(timeline_item(page, "Consent recorded")).to_be_visible()
    page.get_by_role("link", name="Randomise…").click()
    expect(page.get_by_role("heading", name=f"Randomise {study_id}?")).to_be_visible()
    page.get_by_role("button", name="Yes, randomise now").click()
    arms = "|".join(ARMS)
    flash = page.get_by_role("status")
    expect(flash).to_have_text(re.compile(rf"^{study_id} is randomised to ({arms})\.$"))
    arm = flash.inner_text().rsplit(" ", 1)[1].removesuffix(".")
    expect(timeline_item(page, re.compile(rf"Randomised: arm {arm}\s*$"))).to_be_visible()


def test_bad_phone_saves_nothing_and_keeps_the_typing(page, live_app):
    sign_in(page, live_app, Role.TRIAL_STAFF)
    open_enrol_form(page)
    fill_enrolment(page, phone="12345")
    page.get_by_role("button", name="Enrol", exact=True).click()
    expect(page.get_by_role("alert")).to_contain_text("Nothing was saved")
    phone = page.get_by_label("Mobile phone")
    expect(phone).to_have_attribute("aria-invalid", "true")
    expect(phone).to_have_accessible_description(re.compile("too short"))
    expect(phone).to_have_value("12345")
    expect(page.get_by_label("First name (used in texts)")).to_have_value("Jordan")
    with sessions(live_app) as session:
        assert session.scalar(select(func.count()).select_from(Participant)) == 0


def add_randomised_participant(app) -> str:
    """A participant randomised as if 40 days ago, so week 6 is due soon; returns the study id."""
    add_table(app)
    with sessions(app) as session:
        participant = make_ready_participant(session, first_name="Robin")
        randomize.randomize(session, participant.study_id, config.of(app), actor_id=None)
        mine = select(Assessment).where(Assessment.participant_id == participant.id)
        for assessment in session.scalars(mine):
            assessment.due_date -= timedelta(days=40)
        session.commit()
        return participant.study_id


def test_rater_sees_tasks_but_never_arms(page, live_app):
    study_id = add_randomised_participant(live_app)
    sign_in(page, live_app, Role.RATER)
    open_nav(page, "Follow-up")
    expect(page.get_by_role("heading", name="Follow-up assessments")).to_be_visible()
    expect(page.get_by_role("cell", name=study_id, exact=True)).to_be_visible()
    expect(page.get_by_role("cell", name="week 6", exact=True)).to_be_visible()
    content = page.content()
    for arm in ("PEER", "TEXT", "TAU"):
        assert not re.search(rf"\b{arm}\b", content), f"rater page shows arm {arm}"
    response = page.goto(f"{live_app.config['LIVE_URL']}/participants/")
    assert response.status == 403
    expect(page.get_by_role("heading", name="Not allowed")).to_be_visible()


def test_admin_sees_and_generates_the_allocation_table(page, live_app):
    add_table(live_app)
    sign_in(page, live_app, Role.ADMIN)
    open_nav(page, "Allocation table")
    expect(page.get_by_role("heading", name="Allocation table")).to_be_visible()
    for sex in ("F", "M", "X"):
        expect(page.get_by_role("cell", name=f"site=north|sex={sex}", exact=True)).to_be_visible()
    expect(page.get_by_role("cell", name="site=south|sex=F", exact=True)).to_have_count(0)
    page.get_by_label("Seed").fill("seed-2")
    page.get_by_label("Slots per stratum").fill("10")
    page.get_by_label("Sites, comma-separated").fill("south")
    page.get_by_role("button", name="Generate…", exact=True).click()
    expect(page.get_by_role("heading", name="Add 10 slots to each stratum?")).to_be_visible()
    expect(page.get_by_role("row", name="site=south|sex=F 0 10 10")).to_be_visible()
    page.get_by_role("button", name="Yes, add 30 slots").click()
    expect(page.get_by_role("status")).to_have_text("Allocation table generated: 10 slots added per stratum.")
    for sex in ("F", "M", "X"):
        expect(page.get_by_role("cell", name=f"site=south|sex={sex}", exact=True)).to_be_visible()
