"""No lost or doubled work in Chromium: a reply sent after the session ended, then Back and Send again."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect
from sqlalchemy import func, select

from tests.browser.conftest import CHROMIUM_ARGS
from tests.support.browser import add_item, add_participant, add_staff, ago, sessions, shot
from tests.support.builders import PASSWORD
from textsupport.models import OutboundKind, OutboundMessage, Pool, Role

pytestmark = pytest.mark.browser
TYPED = "Thinking of you, Robin. Could I call you at 3 today?"


@pytest.fixture(scope="module")
def back_forward_browser(browser, chromium_path):
    """Chromium with its back/forward cache on, as every browser ships it (Playwright turns it off)."""
    instance = browser.browser_type.launch(
        executable_path=chromium_path,
        args=CHROMIUM_ARGS,
        ignore_default_args=["--disable-back-forward-cache"],
    )
    yield instance
    instance.close()


def staff_replies(app) -> int:
    with sessions(app) as session:
        where = OutboundMessage.kind == OutboundKind.STAFF_REPLY
        return session.scalar(select(func.count()).select_from(OutboundMessage).where(where))


def test_a_reply_typed_before_the_session_expired_survives_sign_in_and_back_does_not_send_twice(
    back_forward_browser, live_app
):
    page = back_forward_browser.new_context(viewport={"width": 360, "height": 740}).new_page()
    pat = add_staff(live_app, "Pat Peer", Role.PEER_WORKER)
    robin = add_participant(live_app, peer_id=pat, first_name="Robin")
    item = add_item(live_app, robin, pool=Pool.PEER, assignee_id=pat, body="rough night", at=ago(5))
    base = live_app.config["LIVE_URL"]
    page.goto(f"{base}/queue/items/{item}")
    page.get_by_label("Email").fill("pat@example.org")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.get_by_role("button", name="Claim").click()
    page.get_by_label("Your text to Robin").fill(TYPED)
    # Chromium's own late requests (its favicon, say) answer with a fresh session cookie: let them
    # land first, or one arriving after the clear signs the page back in (seen once in CI).
    page.wait_for_load_state("networkidle")
    page.context.clear_cookies()  # the idle timeout: the session cookie is gone
    page.get_by_role("button", name="Send reply").click()

    expect(page.get_by_role("heading", name="You were signed out")).to_be_visible()
    kept = page.get_by_label("Your reply")
    expect(kept).to_have_value(TYPED)
    expect(kept).to_have_attribute("readonly", "")
    shot(page, "signed-out-reply-kept")
    assert staff_replies(live_app) == 0
    page.get_by_role("link", name="Sign in and go back to the form").click()
    page.get_by_label("Email").fill("pat@example.org")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()

    expect(page).to_have_url(f"{base}/queue/items/{item}")
    expect(page.get_by_text("What you typed before you were signed out is filled in below")).to_be_visible()
    expect(page.get_by_label("Your text to Robin")).to_have_value(TYPED)
    page.get_by_role("button", name="Send reply").click()
    expect(page.get_by_text("Reply queued to send.")).to_be_visible()
    assert staff_replies(live_app) == 1

    # Back: pages are Cache-Control: no-store, so the browser keeps no copy of the typed text (a
    # shared clinic PC) and asks the server again: an empty box and a fresh token, nothing to resend.
    # A resubmitted spent token is refused in tests/integration/test_submissions.py.
    page.go_back(wait_until="commit")
    expect(page.get_by_label("Your text to Robin")).to_have_value("")
    assert staff_replies(live_app) == 1
