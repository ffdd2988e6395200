"""Security headers on every response, from one small after-request hook.

A hook rather than Flask-Talisman: Talisman's defaults (forcing HTTPS, its own session-cookie
flags, nonces) would mostly be switched off here, since the factory already sets the cookie flags
and the proxy terminates TLS; what is left is these few headers, readable in one place.
"""

from __future__ import annotations

from flask import Flask, Response, request

# No inline script or style anywhere: every script and style sheet is a file under static/.
CONTENT_SECURITY_POLICY = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    )
)
HSTS = "max-age=31536000; includeSubDomains"
DEFAULTS = (
    ("Content-Security-Policy", CONTENT_SECURITY_POLICY),
    ("X-Content-Type-Options", "nosniff"),
    ("X-Frame-Options", "DENY"),
    ("Referrer-Policy", "same-origin"),
)


def init_app(app: Flask, production: bool) -> None:
    """Add the headers to every response; HSTS only in production (behind TLS)."""
    defaults = (*DEFAULTS, ("Strict-Transport-Security", HSTS)) if production else DEFAULTS

    @app.after_request
    def _secure(response: Response) -> Response:
        headers = response.headers
        # Each added unless the view set it, as Headers.setdefault would, in one pass over the few
        # headers there are (setdefault scans them and raises a KeyError inside for each one missing).
        present = {name.lower() for name, _ in headers}
        for name, value in defaults:
            if name.lower() not in present:
                headers.add(name, value)
        if request._get_current_object().endpoint != "static":  # pages may show personal data: keep no copy
            headers["Cache-Control"] = "no-store"
        return response
