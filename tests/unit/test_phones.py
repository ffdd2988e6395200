"""Phone numbers: E.164 out, and nothing that merely looks like a number gets in (pure; tables)."""

import pytest

from textsupport import phones


@pytest.mark.parametrize(
    ("typed", "e164"),
    [
        ("780 555 0142", "+17805550142"),
        ("(780) 555-0142", "+17805550142"),
        ("+1 780.555.0142", "+17805550142"),
        ("１７８０５５５０１４２", "+17805550142"),  # full-width digits are digits
    ],
)
def test_numbers_in_digits_are_normalised(typed, e164):
    assert phones.normalise(typed) == e164


@pytest.mark.parametrize(
    "typed",
    ["1-800-FLOWERS", "780-555-O142", "780 CALL NOW", "780 555 0142 ext 2", "780-555-0l42", "tel 7805550142"],
)
def test_a_number_with_letters_is_refused_not_read_as_keypad_digits(typed):
    with pytest.raises(phones.PhoneError, match="has letters; type the number in digits only"):
        phones.normalise(typed)


@pytest.mark.parametrize(
    ("typed", "why"),
    [("", "required"), ("12345", "too short"), ("1-900-555-0100", "premium-rate"), ("555-0100", "area code")],
)
def test_other_bad_numbers_say_why(typed, why):
    with pytest.raises(phones.PhoneError, match=why):
        phones.normalise(typed)
