"""Settings: defaults in code, secrets from the environment, fail closed outside dev/test.

`load()` builds the one frozen `Settings` at start-up; the factory keeps it on the app, web views
and CLI commands fetch it with `current()`, and services receive it as an argument.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from flask import current_app

from textsupport.config.parsers import ConfigError
from textsupport.config.settings import NAMES, PROJECT_ROOT, Settings, check_workers, load

__all__ = [
    "NAMES",
    "PROJECT_ROOT",
    "ConfigError",
    "Settings",
    "check_workers",
    "current",
    "exit_on_config_error",
    "load",
    "of",
]

EXTENSION = "textsupport.settings"


def current() -> Settings:
    """The running app's settings, for views and commands (services are handed them)."""
    return of(current_app._get_current_object())  # the app itself: one step through Flask's proxy


@contextlib.contextmanager
def exit_on_config_error() -> Iterator[None]:
    """Turn a ConfigError into a one-line message and exit status 1, never a traceback."""
    try:
        yield
    except ConfigError as error:
        raise SystemExit(f"textsupport: configuration error: {error}") from None


def of(app) -> Settings:
    """The settings an app was built with (tests and tools that hold the app itself)."""
    return app.extensions[EXTENSION]
