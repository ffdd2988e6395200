"""Segment counting and template rendering."""

from datetime import date
from pathlib import Path

import pytest
from jinja2 import TemplateNotFound, UndefinedError

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


# --- languages ---------------------------------------------------------------------------------------
# Real French texts at the boundaries: é, è, à and É are in GSM-7; ê, ç, ô and the curly apostrophe are not.
GSM_FRENCH = "Écrire une pensée la rend souvent plus petite. Quelques mots sur papier, c'est déjà très bien."
UCS_FRENCH = "Vous pouvez être doux avec vous-même aujourd'hui."


@pytest.mark.parametrize(
    ("text", "encoding", "units", "count"),
    [
        (GSM_FRENCH, "GSM-7", 94, 1),
        (GSM_FRENCH + " " + "a" * 65, "GSM-7", 160, 1),  # 160 septets with é, è, à and É: still one
        (GSM_FRENCH + " " + "a" * 66, "GSM-7", 161, 2),
        (GSM_FRENCH.replace("'", "\u2019"), "UCS-2", 94, 2),  # one curly apostrophe: 94 > 70
        (UCS_FRENCH, "UCS-2", 49, 1),  # the ê of être
        (UCS_FRENCH + " " + "a" * 20, "UCS-2", 70, 1),
        (UCS_FRENCH + " " + "a" * 21, "UCS-2", 71, 2),
        (UCS_FRENCH + " " + "a" * 84, "UCS-2", 134, 2),  # two UCS-2 segments of 67
        (UCS_FRENCH + " " + "a" * 85, "UCS-2", 135, 3),
        ("Ça commence", "GSM-7", 11, 1),  # the capital Ç is in GSM-7 ...
        ("ça commence", "UCS-2", 11, 1),  # ... the small ç is not
        *[(f"{c} et e", "UCS-2", 6, 1) for c in "êâîôûçëïœ«»"],
        *[(f"{c} et e", "GSM-7", 6, 1) for c in "éèùìòÇÉàäöñüÄÖÑÜßÆæÅåØø"],
    ],
)
def test_segments_of_french_texts(text, encoding, units, count):
    assert segments(text) == Segments(encoding, units, count)


def make_bilingual(tmp_path: Path) -> Content:
    make_content(tmp_path)  # the English files
    (tmp_path / "fr" / "daily").mkdir(parents=True)
    (tmp_path / "fr" / "daily" / "day_001.txt").write_text(
        "{# reviewed: pending #}\nBonjour {{ first_name }}, un petit pas aujourd'hui.\n"
    )
    (tmp_path / "help.txt").write_text(
        "{# reviewed: 2026-11-20 by A. Lead #}\n{{ program_name }}: {{ reply_hours }}"
    )
    (tmp_path / "fr" / "help.txt").write_text("{{ program_name }} : {{ reply_hours }}")
    (tmp_path / "staff").mkdir()
    (tmp_path / "staff" / "alert.txt").write_text("Open {{ link }}")
    return Content(
        tmp_path,
        {"program_name": "TextSupport", "reply_hours": "weekdays", "crisis": {"national": "9-8-8"}},
        {"fr": {"reply_hours": "en semaine"}},
    )


def test_render_picks_the_language_its_fallback_name_and_its_shared_wording(tmp_path):
    content = make_bilingual(tmp_path)
    assert content.render("daily/day_001.txt", "Jo", language="fr") == "Bonjour Jo, un petit pas aujourd'hui."
    assert (
        content.render("daily/day_001.txt", None, language="fr")
        == "Bonjour à vous, un petit pas aujourd'hui."
    )
    assert content.render("daily/day_001.txt", None) == "Hi there, one small step today."
    assert content.render("help.txt", language="fr") == "TextSupport : en semaine"
    assert content.render("help.txt", language="en") == "TextSupport: weekdays"
    assert content.render("help.txt", language=None) == "TextSupport: weekdays"  # nobody's language known


def test_a_text_missing_from_a_language_is_an_error_never_english(tmp_path):
    content = make_bilingual(tmp_path)
    with pytest.raises(TemplateNotFound):
        content.render("staff/alert.txt", language="fr", link="x")
    with pytest.raises(ValueError, match="no message bank for language 'es'"):
        content.render("help.txt", language="es")


def test_templates_and_reviewed_lines_per_language(tmp_path):
    content = make_bilingual(tmp_path)
    assert content.templates() == ["daily/day_001.txt", "help.txt", "staff/alert.txt"]
    assert content.templates("fr") == ["daily/day_001.txt", "help.txt"]
    assert content.daily_count("fr") == 1
    assert content.reviewed("daily/day_001.txt", "fr") == "pending"
    assert content.reviewed("help.txt") == "2026-11-20 by A. Lead"
    assert content.reviewed("help.txt", "fr") is None
