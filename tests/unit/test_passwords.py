"""Common passwords are refused: the lists in textsupport/data/, and what people build on it."""

import pytest

from textsupport import passwords
from textsupport.services.staff import users


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


@pytest.mark.parametrize(
    "password",
    [
        # Entries of zxcvbn's list of 30,000 that our own 259 let through (whole, or as the word
        # under the padding): each passed is_common before that list was added.
        "leavemealone",
        "finalfantasy",
        "justinbieber",
        "q1w2e3r4t5y6",
        "Mercedes2024!",
        "Maverick1234",
        "thunder!2024",
        "12Scooter!!!",
    ],
)
def test_entries_of_the_long_list_are_refused_whole_and_padded(password):
    assert passwords.is_common(password)


def test_a_common_password_is_refused_with_a_message_that_says_what_to_do():
    with pytest.raises(users.UserError, match="that password is too common.*four unrelated words") as error:
        users.check_password("Leavemealone2024")
    assert error.value.field == "password"


def test_the_lists_are_read_from_their_data_files_with_where_they_come_from():
    assert all(path.is_file() for path in passwords.COMMON_FILES)
    common = passwords._common()
    assert "iloveyou" in common and "edmonton" in common  # one from each list
    assert "# " not in "".join(common)
    ranked = [line for line in passwords.COMMON_FILES[1].read_text().splitlines() if not line.startswith("#")]
    assert len(ranked) == len(set(ranked)) == 30_000 and ranked[:2] == ["123456", "password"]
    header = passwords.COMMON_FILES[1].read_text()[:800]
    assert "zxcvbn 4.5.0" in header and "MIT" in header and "sha256" in header
    assert "MIT License" in (passwords.COMMON_FILES[1].parent / "common_passwords_zxcvbn.LICENSE").read_text()
