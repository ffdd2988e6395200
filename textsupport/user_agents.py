"""A browser's User-Agent in a few words ("Firefox 133 on Windows"), so staff can tell their
sessions apart at a glance; the whole string stays in the session row."""

from __future__ import annotations

import re

# Checked in order: Edge and Opera also say "Chrome", Chrome also says "Safari".
_BROWSERS = (
    ("Edge", re.compile(r"\bEdg(?:e|A|iOS)?/(\d+)")),
    ("Opera", re.compile(r"\bOPR/(\d+)")),
    ("Firefox", re.compile(r"\b(?:Firefox|FxiOS)/(\d+)")),
    ("Chrome", re.compile(r"\b(?:Chrome|CriOS|HeadlessChrome)/(\d+)")),
    ("Safari", re.compile(r"\bVersion/(\d+)[\d.]* (?:Mobile/\S+ )?Safari/")),
)
_SYSTEMS = (
    ("Android", re.compile(r"\bAndroid\b")),
    ("iPhone", re.compile(r"\biPhone\b")),
    ("iPad", re.compile(r"\biPad\b")),
    ("ChromeOS", re.compile(r"\bCrOS\b")),
    ("Windows", re.compile(r"\bWindows\b")),
    ("macOS", re.compile(r"\bMac OS X\b")),
    ("Linux", re.compile(r"\bLinux\b")),
)


def summary(user_agent: str | None) -> str:
    """'Chrome 131 on Android', 'Firefox 133 on Windows', or 'unknown browser'."""
    if not user_agent:
        return "unknown browser"
    browser = next(
        (f"{name} {found[1]}" for name, pattern in _BROWSERS if (found := pattern.search(user_agent))),
        "another browser",
    )
    system = next((name for name, pattern in _SYSTEMS if pattern.search(user_agent)), None)
    return f"{browser} on {system}" if system else browser
