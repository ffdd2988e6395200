"""Study ids: typed in any case, matched as stored (pure; a table)."""

import re

import pytest

from textsupport import study_ids


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("TS-ABC123", "TS-ABC123"), ("ts-abc123", "TS-ABC123"), ("  Ts-AbC123\t", "TS-ABC123"), ("", "")],
)
def test_a_typed_study_id_is_read_in_its_stored_form(typed, stored):
    assert study_ids.normalise(typed) == stored


def test_new_ids_are_already_in_stored_form_and_avoid_look_alike_characters():
    for _ in range(50):
        made = study_ids.new()
        assert re.fullmatch(r"TS-[A-HJ-NP-Z2-9]{6}", made) and study_ids.normalise(made) == made
