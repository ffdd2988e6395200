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


def init_app(app: Flask, production: bool) -> None:
    """Add the headers to every response; HSTS only in production (behind TLS)."""

    @app.after_request
    def _secure(response: Response) -> Response:
        headers = response.headers
        headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        headers.setdefault("X-Content-Type-Options", "nosniff")
        headers.setdefault("X-Frame-Options", "DENY")
        headers.setdefault("Referrer-Policy", "same-origin")
        if production:
            headers.setdefault("Strict-Transport-Security", HSTS)
        if request.endpoint != "static":  # pages may show personal data: never keep a copy
            headers["Cache-Control"] = "no-store"
        return response
