"""Server-rendered SVG charts: pure functions from numbers to markup, no JavaScript, no outside files.

Every chart carries a <title> and a description for screen readers; the page puts the same numbers
in a table beside it.
"""
