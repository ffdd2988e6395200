"""Helpers for driving the staff pages through the test client."""

import re

from tests.support.builders import PASSWORD

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


_FORM = re.compile(r"<form\b([^>]*)>(.*?)</form>", re.S)
_TOKEN = re.compile(r'<input[^>]*name="token"[^>]*value="([^"]+)"')


def form_data(client, path: str, action: str | None = None) -> dict:
    """The CSRF token and one-time submission token of the form on `path` that posts to `action`
    (None: the form that posts back to `path`, with no action attribute)."""
    page = client.get(path).get_data(as_text=True)
    for attrs, body in _FORM.findall(page):
        if (action is None and "action=" not in attrs) or (action and f'action="{action}"' in attrs):
            csrf, token = _CSRF.search(body), _TOKEN.search(body)
            assert csrf and token, f"the form for {action or path} on {path} has no tokens"
            return {"csrf_token": csrf[1], "token": token[1]}
    raise AssertionError(f"no form for {action or path} on {path}")
