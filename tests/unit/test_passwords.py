"""Common passwords are refused: the list in textsupport/data/, and what people build on it."""

import pytest

from textsupport import passwords


@pytest.mark.parametrize(
    "password",
    [
        "password1234",  # on the list's base word, padded
        "Password2024!",
        "2024Summer!!",
        "  Welcome12345  ",
        "qwertyuiop[]",  # a keyboard run, on the list whole
        "1q2w3e4r5t6y",
        "123456789012",  # nothing but digits
        "!!!!!!!!!!!!!",
        "passwordpassword",  # a word said twice
        "abcabcabcabc",  # one unit said again
        "TextSupport2026",  # this programme's own name
        "Edmonton1234",
    ],
)
def test_common_passwords_and_what_is_built_on_them_are_refused(password):
    assert passwords.is_common(password)


@pytest.mark.parametrize(
    "password",
    [
        "correct horse battery staple",
        "Kettle-Maple-Orbit-7",
        "password manager keeps this one",  # a common word inside a longer phrase is fine
        "zq8-Lm2r-Vw4t",
    ],
)
def test_uncommon_passwords_pass(password):
    assert not passwords.is_common(password)


def test_the_list_is_read_from_its_data_file():
    assert passwords.COMMON_FILE.is_file()
    assert "iloveyou" in passwords._common() and "# " not in "".join(passwords._common())
