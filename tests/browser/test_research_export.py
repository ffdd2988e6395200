"""The research export from the trial dashboard in Chromium: an admin downloads a rater's zip, and an
identifiable export without a reason is refused on a page that says why."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.support import trial_story as story
from tests.support.browser import add_staff, sessions, sign_in
from textsupport.models import Role

pytestmark = pytest.mark.browser
ARMS = re.compile(r"\b(PEER_TEXT|PEER|TEXT|TAU)\b")


@pytest.mark.parametrize("live_app", [{"TEXTSUPPORT_NOW": "2026-11-23T19:00:00Z"}], indirect=True)
def test_an_admin_downloads_the_export_from_the_dashboard(browser, live_app):
    with sessions(live_app) as session:
        story.build(session)
    add_staff(live_app, "Ada Admin", Role.ADMIN)
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    page = context.new_page()
    try:
        sign_in(page, live_app, "Ada Admin")
        page.goto(f"{live_app.config['LIVE_URL']}/trial/")
        page.get_by_label("A rater's export").check()
        with page.expect_download() as download:
            page.get_by_role("button", name="Download the export (zip)").click()
        assert download.value.suggested_filename == "textsupport-export-20261123T190000Z.zip"
        with zipfile.ZipFile(Path(download.value.path())) as bundle:
            files = {name.split("/", 1)[1]: bundle.read(name).decode("utf-8") for name in bundle.namelist()}
        assert sorted(files) == [
            "assessments.csv",
            "data_dictionary.csv",
            "manifest.json",
            "participants.csv",
        ]
        assert not any(ARMS.search(text) for text in files.values())
        assert files["participants.csv"].count("\r\n") == story.ENROLLED + 1

        page.goto(f"{live_app.config['LIVE_URL']}/trial/")
        page.get_by_role("checkbox", name="Identifiable").check()
        page.get_by_role("button", name="Download the export (zip)").click()
        expect(page.get_by_role("alert")).to_contain_text("an identifiable export needs a reason")
        expect(page.get_by_role("heading", name="Research export", level=1)).to_be_visible()
    finally:
        context.close()
