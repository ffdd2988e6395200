"""The app's version, as exports and reports record it (raise it with each release)."""

VERSION = "0.14.0"
