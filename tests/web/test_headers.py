"""Security headers on every response; no inline script or style for the policy to break."""

from pathlib import Path

import pytest

from textsupport import config
from textsupport.web.headers import CONTENT_SECURITY_POLICY

TEMPLATES = Path(config.PROJECT_ROOT) / "textsupport" / "templates"


@pytest.mark.parametrize("path", ["/login", "/healthz", "/queue", "/no-such-page", "/static/style.css"])
def test_every_response_carries_the_security_headers(client, path):
    response = client.get(path)
    response.close()
    assert response.headers["Content-Security-Policy"] == CONTENT_SECURITY_POLICY
    assert "frame-ancestors 'none'" in CONTENT_SECURITY_POLICY
    assert "'unsafe-inline'" not in CONTENT_SECURITY_POLICY
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["Referrer-Policy"] == "same-origin"
    assert "Strict-Transport-Security" not in response.headers  # development and test speak plain HTTP


@pytest.mark.parametrize("path", ["/login", "/healthz", "/queue"])
def test_pages_are_never_stored_by_the_browser_or_a_proxy(client, path):
    assert client.get(path).headers["Cache-Control"] == "no-store"


def test_static_files_may_be_cached(client):
    with client.get("/static/style.css") as response:
        assert response.headers.get("Cache-Control") != "no-store"


def test_a_signed_in_page_with_personal_data_is_not_stored(client, session):
    from tests.support.builders import make_staff
    from tests.support.web import login
    from textsupport.models import Role

    make_staff(session, email="sue@example.org", role=Role.SUPERVISOR)
    login(client, "sue@example.org")
    response = client.get("/participants/")
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "no-store"


def test_production_adds_hsts_for_a_year(database_url, tmp_path):
    from textsupport import create_app

    app = create_app(
        {
            "TEXTSUPPORT_ENV": "production",
            "DATABASE_URL": database_url,
            "SECRET_KEY": "x" * 40,
            "ONCALL_PHONES": "+17805550999",
            "SMS_BACKEND": "twilio",
            "TWILIO_ACCOUNT_SID": "AC" + "0" * 32,
            "TWILIO_AUTH_TOKEN": "token",
            "TWILIO_FROM_NUMBER": "+17805550199",
            "PUBLIC_BASE_URL": "https://sms.example.org",
        }
    )
    response = app.test_client().get("/login")
    assert response.headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"
    app.extensions["textsupport.db"].dispose()


@pytest.mark.parametrize("template", sorted(TEMPLATES.rglob("*.html")), ids=lambda p: p.name)
def test_no_template_has_inline_script_or_style(template):
    """The policy allows scripts and styles from files only, so inline ones would silently break."""
    text = template.read_text()
    assert "style=" not in text
    assert "<style" not in text
    assert " on" + "click=" not in text and "javascript:" not in text
    for line in text.splitlines():
        if "<script" in line:
            assert "src=" in line, line
