"""Staff accounts in Chromium: an admin creates one, deactivates, reactivates and resets it; it signs in."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.support.browser import add_staff, fits, new_page, shot, sign_in
from textsupport.models import Role

pytestmark = pytest.mark.browser


def shown_password(page) -> str:
    password = page.get_by_label("Password").inner_text().strip()  # the one time it is shown
    assert len(password) >= 12
    return password


def test_an_admin_creates_deactivates_reactivates_and_resets_an_account_which_then_signs_in(
    page, live_app, browser
):
    add_staff(live_app, "Ada Admin", Role.ADMIN)
    add_staff(live_app, "Pat Peer", Role.PEER_WORKER)
    sign_in(page, live_app, "Ada Admin")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Staff accounts").click()
    expect(page.get_by_role("heading", name="Staff accounts")).to_be_visible()

    page.get_by_role("link", name="New account").click()
    page.get_by_label("Email").fill("sam@example.org")
    page.get_by_label("Name shown to colleagues").fill("Sam Supervisor")
    page.get_by_label("Role").select_option("supervisor")
    page.get_by_label("Password (leave empty to generate one)").fill("short")
    page.get_by_role("button", name="Create account").click()
    expect(page.get_by_text("at least 12 characters").first).to_be_visible()
    expect(page.get_by_label("Email")).to_have_value("sam@example.org")  # kept, the password not
    expect(page.get_by_label("Name shown to colleagues")).to_have_value("Sam Supervisor")
    page.get_by_role("button", name="Create account").click()  # empty: generate one
    expect(page.get_by_role("heading", name="Account created for sam@example.org.")).to_be_visible()
    shown_password(page)
    page.get_by_role("link", name="Done").click()

    page.get_by_role("button", name="Deactivate account").click()
    expect(page.get_by_text("sam@example.org is deactivated")).to_be_visible()
    page.get_by_role("button", name="Reactivate account").click()
    expect(page.get_by_text("sam@example.org is active again")).to_be_visible()
    page.get_by_role("button", name="Reset password").click()
    expect(page.get_by_role("heading", name="New password set for sam@example.org.")).to_be_visible()
    password = shown_password(page)

    sam = new_page(browser)
    sam.goto(f"{live_app.config['LIVE_URL']}/login")
    sam.get_by_label("Email").fill("sam@example.org")
    sam.get_by_label("Password").fill(password)
    sam.get_by_role("button", name="Sign in").click()
    expect(sam.get_by_role("heading", name="Welcome, Sam Supervisor")).to_be_visible()
    sam.context.close()

    page.get_by_role("link", name="Done").click()
    page.get_by_role("link", name="Back to the accounts").click()
    rows = page.get_by_role("row")
    expect(rows.filter(has_text="sam@example.org")).to_contain_text("supervisor")
    for width in (1280, 360):
        page.set_viewport_size({"width": width, "height": 740})
        shot(page, f"accounts-{width}")
        assert fits(page), width


def test_an_admin_cannot_deactivate_themselves(page, live_app):
    add_staff(live_app, "Ada Admin", Role.ADMIN)
    sign_in(page, live_app, "Ada Admin")
    page.goto(f"{live_app.config['LIVE_URL']}/accounts/")
    page.get_by_role("link", name="ada@example.org").click()
    expect(page.get_by_text("You cannot deactivate your own account.")).to_be_visible()
    expect(page.get_by_role("button", name="Deactivate account")).to_have_count(0)
    shot(page, "account-360")
    assert fits(page)


def test_the_page_showing_a_new_password_fits_a_phone_even_for_a_long_email(page, live_app):
    add_staff(live_app, "Ada Admin", Role.ADMIN)
    sign_in(page, live_app, "Ada Admin")
    page.goto(f"{live_app.config['LIVE_URL']}/accounts/new")
    page.get_by_label("Email").fill("alexandra.longname-peer@north-clinic.example.org")
    page.get_by_label("Role").select_option("peer_worker")
    page.get_by_role("button", name="Create account").click()
    expect(page.get_by_role("heading", name="Account created for alexandra.")).to_be_visible()
    shot(page, "account-created-360")
    assert fits(page)  # the heading and the email wrap inside the card


def test_your_last_sign_ins_read_at_360_without_sideways_scrolling(live_app, browser):
    add_staff(live_app, "Pat Peer", Role.PEER_WORKER)
    for _ in range(2):  # an earlier sign-in, still open, and this one
        context = browser.new_context(viewport={"width": 360, "height": 740})
        page = context.new_page()
        sign_in(page, live_app, "Pat Peer")
    page.get_by_role("link", name="Your account").click()
    expect(page.get_by_role("heading", name="Your last sign-ins")).to_be_visible()
    expect(page.get_by_text("this session")).to_be_visible()
    expect(page.get_by_text("still signed in")).to_be_visible()
    assert fits(page), "the account page at 360 px scrolls sideways"
    shot(page, "account-360")
    context.close()
