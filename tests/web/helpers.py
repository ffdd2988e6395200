"""Helpers for driving the staff pages through the test client."""

import re

from tests.builders import PASSWORD

_CSRF = re.compile(r'<input[^>]*name="csrf_token"[^>]*value="([^"]+)"')


def csrf_token(client, path: str = "/login") -> str:
    """The CSRF token the form at `path` carries."""
    page = client.get(path).get_data(as_text=True)
    match = _CSRF.search(page)
    assert match, f"no CSRF token on {path}"
    return match[1]


def login(client, email: str, password: str = PASSWORD):
    """Sign in through the real form, CSRF token included."""
    return client.post(
        "/login", data={"email": email, "password": password, "csrf_token": csrf_token(client)}
    )
