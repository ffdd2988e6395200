"""A staff member signs in through the real login page in Chromium."""

import re

import pytest
from playwright.sync_api import expect

from tests.support.builders import PASSWORD, make_staff
from textsupport.models import Role

pytestmark = pytest.mark.browser


@pytest.fixture
def staff(live_app):
    with live_app.extensions["textsupport.db"].sessionmaker() as session:
        return make_staff(
            session, email="sue@example.org", display_name="Sue Supervisor", role=Role.SUPERVISOR
        )


def test_sign_in_and_out_with_the_keyboard(page, live_app, staff):
    base = live_app.config["LIVE_URL"]
    page.goto(f"{base}/")
    expect(page).to_have_url(re.compile(r"/login\?next=(/|%2F)$"))
    expect(page.get_by_text("Please sign in to see that page.")).to_be_visible()
    page.get_by_label("Email").fill("sue@example.org")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_label("Password").press("Enter")
    expect(page.get_by_role("heading", name="Welcome, Sue Supervisor")).to_be_visible()
    expect(page.get_by_text("(supervisor)")).to_be_visible()
    page.get_by_role("button", name="Sign out").click()
    expect(page.get_by_role("heading", name="Sign in")).to_be_visible()
    expect(page.get_by_text("You are signed out.")).to_be_visible()


def test_a_wrong_password_keeps_the_email_and_says_so(page, live_app, staff):
    base = live_app.config["LIVE_URL"]
    page.goto(f"{base}/login")
    page.get_by_label("Email").fill("sue@example.org")
    page.get_by_label("Password").fill("not my password")
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("alert")).to_contain_text("do not match an active account")
    expect(page.get_by_label("Email")).to_have_value("sue@example.org")
    expect(page.get_by_label("Password")).to_have_value("")


def test_pages_fit_a_360px_phone_without_sideways_scrolling(page, live_app):
    with live_app.extensions["textsupport.db"].sessionmaker() as session:
        make_staff(session, email="ada@example.org", display_name="Ada Admin", role=Role.ADMIN)
    base = live_app.config["LIVE_URL"]
    page.goto(f"{base}/login")
    page.get_by_label("Email").fill("ada@example.org")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    for path in ("/", "/participants/", "/participants/new", "/allocations/", "/audit", "/queue/"):
        page.goto(f"{base}{path}")
        assert page.evaluate("document.documentElement.scrollWidth") <= 360, path
