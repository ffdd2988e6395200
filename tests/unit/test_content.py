"""Segment counting and template rendering."""

from datetime import date
from pathlib import Path

import pytest
from jinja2 import UndefinedError

from textsupport.content import Content, Segments, load_crisis_lines, segments

GSM_160 = "a" * 160


@pytest.mark.parametrize(
    ("text", "encoding", "units", "count"),
    [
        ("", "GSM-7", 0, 1),
        (GSM_160, "GSM-7", 160, 1),
        (GSM_160 + "a", "GSM-7", 161, 2),
        ("a" * 306, "GSM-7", 306, 2),
        ("a" * 307, "GSM-7", 307, 3),
        ("a" * 159 + "€", "GSM-7", 161, 2),  # the euro sign is an extension character: two septets
        ("[" * 80, "GSM-7", 160, 1),
        ("a" * 69 + "“", "UCS-2", 70, 1),  # one curly quote switches the whole text
        ("a" * 70 + "“", "UCS-2", 71, 2),
        ("a" * 133 + "🙂", "UCS-2", 135, 3),  # an emoji is two UTF-16 units
        ("a" * 132 + "🙂", "UCS-2", 134, 2),
        ("Café à côté", "UCS-2", 11, 1),  # ô is not in GSM-7
        ("Ça va? Über", "GSM-7", 11, 1),  # Ç and Ü are
    ],
)
def test_segments(text, encoding, units, count):
    assert segments(text) == Segments(encoding, units, count)


def make_content(tmp_path: Path) -> Content:
    (tmp_path / "daily").mkdir()
    (tmp_path / "daily" / "day_001.txt").write_text("Hi {{ first_name }}, one small step today.\n")
    (tmp_path / "help.txt").write_text("{{ program_name }}: call or text {{ crisis.national }}.")
    return Content(tmp_path, {"program_name": "TextSupport", "crisis": {"national": "9-8-8"}})


def test_render_strips_and_falls_back_to_a_neutral_name(tmp_path):
    content = make_content(tmp_path)
    assert content.render("daily/day_001.txt", "Jordan") == "Hi Jordan, one small step today."
    assert content.render("daily/day_001.txt", None) == "Hi there, one small step today."
    assert content.render("daily/day_001.txt", "  ") == "Hi there, one small step today."
    assert content.render("help.txt") == "TextSupport: call or text 9-8-8."


def test_a_missing_variable_is_an_error_not_a_blank(tmp_path):
    content = make_content(tmp_path)
    (tmp_path / "broken.txt").write_text("See you at {{ appointment_at }}")
    with pytest.raises(UndefinedError):
        content.render("broken.txt")


def test_crisis_lines_come_from_configuration_with_a_verified_date(tmp_path):
    path = tmp_path / "lines.toml"
    path.write_text('last_verified = 2026-11-01\nverified_by = "lead"\n[lines]\nnational = "9-8-8"\n')
    lines = load_crisis_lines(path)
    assert lines.lines == {"national": "9-8-8"}
    assert lines.last_verified == date(2026, 11, 1)
