"""Whole numbers from forms, URLs and webhooks: ASCII digits in range, else None."""

import pytest

from textsupport.whole_numbers import MAX_ID, parse


@pytest.mark.parametrize(
    ("text", "low", "high", "expected"),
    [
        ("42", 1, 600, 42),
        (" 7 ", 1, 600, 7),
        ("0", 1, 600, None),
        ("601", 1, 600, None),
        ("²", 0, 10, None),  # str.isdigit() says yes; int() fails
        ("٣", 0, 10, None),  # int() reads it as 3
        ("1_0", 0, 100, None),  # int() reads it as 10
        ("-1", 0, 10, None),
        ("+1", 0, 10, None),
        ("1.5", 0, 10, None),
        ("", 0, 10, None),
        (None, 0, 10, None),
        ("99999999999999999999", 1, MAX_ID, None),
        (str(MAX_ID), 1, MAX_ID, MAX_ID),
        (str(MAX_ID + 1), 1, MAX_ID, None),
    ],
)
def test_parse(text, low, high, expected):
    assert parse(text, low, high) == expected
