"""The home page in Chromium: what to do next, read on a 360 px phone."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.support.browser import add_item, add_participant, add_staff, ago, fits, shot, sign_in
from textsupport.models import Arm, Level, Pool, Role

pytestmark = pytest.mark.browser


def test_an_admin_home_says_what_to_do_next_on_a_phone(page, live_app):
    add_staff(live_app, "Ada Admin", Role.ADMIN)
    person = add_participant(live_app, Arm.TEXT)  # its one-slot stratum is now used up
    add_item(live_app, person, level=Level.CRISIS, pool=Pool.SUPERVISOR, at=ago(3))
    sign_in(page, live_app, "Ada Admin")
    next_steps = page.get_by_role("list", name="What to do next").get_by_role("listitem")
    expect(next_steps.filter(has_text="1 crisis item is open.")).to_have_count(1)
    expect(next_steps.filter(has_text="The allocation table is running low.")).to_contain_text("used up")
    next_steps.get_by_role("link", name="Open the queue").click()
    expect(page.get_by_role("heading", name="Reply queue")).to_be_visible()
    page.go_back()
    assert fits(page), "home at 360 px"
    shot(page, "home-admin-360")
