"""Staff accounts in Chromium: an admin creates one, deactivates, reactivates and resets it; it signs in."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.support.browser import add_staff, fits, new_page, shot, sign_in, tab_to
from tests.support.builders import PASSWORD
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
    # The admin has seen that password: Sam chooses their own before any other page opens.
    expect(sam.get_by_role("heading", name="Choose your own password")).to_be_visible()
    sam.get_by_role("link", name="Home").first.click()
    expect(sam.get_by_role("heading", name="Choose your own password")).to_be_visible()
    sam.get_by_label("Current password").fill(password)
    sam.get_by_label("New password", exact=True).fill("four unrelated words here")
    sam.get_by_label("New password again").fill("four unrelated words here")
    sam.get_by_label("New password again").press("Enter")
    expect(sam.get_by_text("Your password is changed.")).to_be_visible()
    sam.goto(f"{live_app.config['LIVE_URL']}/")
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


def test_your_account_at_360_by_keyboard_ends_another_session_and_changes_the_password(live_app, browser):
    add_staff(live_app, "Pat Peer", Role.PEER_WORKER)
    contexts = []
    for _ in range(2):  # an earlier sign-in, still open, and this one
        contexts.append(browser.new_context(viewport={"width": 360, "height": 740}))
        page = contexts[-1].new_page()
        sign_in(page, live_app, "Pat Peer")
    earlier = contexts[0].pages[0]
    page.get_by_role("link", name="Your account").click()
    expect(page.get_by_role("heading", name="Your last sign-ins")).to_be_visible()
    expect(page.get_by_role("heading", name="Where you are signed in now")).to_be_visible()
    expect(page.get_by_text("this session").first).to_be_visible()
    expect(page.get_by_text("still signed in")).to_be_visible()
    assert fits(page), "the account page at 360 px scrolls sideways"
    shot(page, "account-360")

    end_it = page.get_by_role("button", name="End the session started")
    tab_to(page, end_it)
    page.keyboard.press("Enter")
    expect(page.get_by_text("That session has ended.")).to_be_visible()
    expect(page.get_by_text("ended by you from this page")).to_be_visible()
    earlier.reload()
    expect(earlier.get_by_role("button", name="Sign in")).to_be_visible()  # that browser is signed out

    tab_to(page, page.get_by_label("Current password"))
    page.keyboard.type(PASSWORD)
    page.keyboard.press("Tab")
    page.keyboard.type("too short")
    page.keyboard.press("Tab")
    page.keyboard.type("too short")
    page.keyboard.press("Enter")
    expect(page.get_by_text("the password must be at least 12 characters")).to_be_visible()
    assert fits(page), "the refused password form at 360 px scrolls sideways"
    page.get_by_label("Current password").fill(PASSWORD)
    page.get_by_label("New password", exact=True).fill("four unrelated words here")
    page.get_by_label("New password again").fill("four unrelated words here")
    page.get_by_label("New password again").press("Enter")
    expect(page.get_by_text("Your password is changed.")).to_be_visible()
    expect(page.get_by_role("heading", name="Your account")).to_be_visible()  # still signed in
    assert fits(page)
    shot(page, "account-password-changed-360")
    for context in contexts:
        context.close()
