"""`messages check` passes on the real bank and fails on a broken one."""

import json
import os
import shutil
import subprocess
import sys
from dataclasses import replace

import pytest

from textsupport.config import PROJECT_ROOT


def test_the_real_bank_passes(app):
    result = app.test_cli_runner().invoke(args=["messages", "check"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["templates"] >= 182 + 2
    assert report["problems"] == []


@pytest.fixture
def broken_bank(tmp_path):
    bank = tmp_path / "messages"
    shutil.copytree(PROJECT_ROOT / "messages", bank)
    (bank / "daily" / "day_007.txt").write_text("Hi {{ first_name }}, " + "so long " * 40)
    (bank / "daily" / "day_008.txt").write_text("See you at {{ clinic_name }}.")
    (bank / "daily" / "day_009.txt").unlink()
    return bank


@pytest.mark.parametrize("settings", [{}], indirect=True)
def test_a_broken_bank_fails_and_names_each_problem(settings, broken_bank):
    from textsupport import create_app

    app = create_app(replace(settings, messages_dir=str(broken_bank)))
    result = app.test_cli_runner().invoke(args=["messages", "check"])
    assert result.exit_code == 1
    problems = json.loads(result.stdout)["problems"]
    assert any(p.startswith("daily/day_007.txt: 3 segments (GSM-7") for p in problems)
    assert any(p.startswith("daily/day_008.txt: UndefinedError") and "clinic_name" in p for p in problems)
    assert "daily/day_009.txt: missing" in problems
    app.extensions["textsupport.db"].dispose()


def test_stale_crisis_lines_are_a_problem(tmp_path, settings):
    from textsupport import create_app

    lines = tmp_path / "lines.toml"
    text = (PROJECT_ROOT / "messages" / "crisis_lines.toml").read_text()
    lines.write_text(text.replace("last_verified = 2026-11-01", "last_verified = 2025-01-01"))
    app = create_app(replace(settings, crisis_lines_file=str(lines)))
    result = app.test_cli_runner().invoke(args=["messages", "check"])
    assert result.exit_code == 1
    assert "crisis lines last verified 2025-01-01" in result.stderr
    app.extensions["textsupport.db"].dispose()


def test_the_real_bank_is_whole_in_both_languages_within_two_segments_and_lists_what_awaits_review(app):
    result = app.test_cli_runner().invoke(args=["messages", "check"])
    report = json.loads(result.stdout)
    english, french = report["languages"]["en"], report["languages"]["fr"]
    assert english["daily"] == french["daily"] == 182
    assert french["templates"] == english["templates"] - 3  # the 3 staff texts stay English
    assert english["max_segments"] <= 2 and french["max_segments"] <= 2
    # nobody has signed the French bank off: every French file says so, and check lists each one
    assert len(report["pending_review"]["fr"]) == french["templates"] == french["pending_review"]
    assert "daily/day_182.txt" in report["pending_review"]["fr"]
    assert "replies/crisis.txt" in report["pending_review"]["fr"]
    assert f"pending review (fr): {french['templates']} files" in result.stderr


def _bank(tmp_path):
    bank = tmp_path / "messages"
    shutil.copytree(PROJECT_ROOT / "messages", bank)
    return bank


def _check(settings, bank):
    from textsupport import create_app

    app = create_app(replace(settings, messages_dir=str(bank)))
    result = app.test_cli_runner().invoke(args=["messages", "check"])
    app.extensions["textsupport.db"].dispose()
    return result


@pytest.mark.parametrize("settings", [{}], indirect=True)
def test_a_broken_french_bank_fails_and_names_each_problem(settings, tmp_path):
    bank = _bank(tmp_path)
    french = bank / "fr"
    # 87 UCS-2 units (the ê of "être"), two segments; the same text twice is 3 segments
    long = "Vous pouvez être doux avec vous-même aujourd'hui, comme vous le seriez avec un bon ami."
    (french / "daily" / "day_010.txt").write_text("{# reviewed: pending #}\n" + long)
    (french / "daily" / "day_011.txt").write_text("{# reviewed: pending #}\n" + long + " " + long)
    (french / "daily" / "day_012.txt").write_text("Pas de ligne de relecture.")
    (french / "daily" / "day_013.txt").write_text("{# reviewed: bientot #}\nBonjour.")
    (french / "replies" / "help.txt").unlink()
    (french / "replies" / "extra.txt").write_text("{# reviewed: pending #}\nEn trop.")
    result = _check(settings, bank)
    assert result.exit_code == 1
    problems = json.loads(result.stdout)["problems"]
    assert not any(p.startswith("fr/daily/day_010.txt") for p in problems)
    assert any(p.startswith("fr/daily/day_011.txt: 3 segments (UCS-2, 175 units)") for p in problems)
    assert any(p.startswith("fr/daily/day_012.txt: no reviewed line") for p in problems)
    assert any(p.startswith("fr/daily/day_013.txt: reviewed line 'bientot' is neither") for p in problems)
    assert "fr/replies/help.txt: missing" in problems
    assert "fr/replies/extra.txt: not in the English bank" in problems
    assert not any(p.startswith("fr/staff/") for p in problems)  # staff texts are never mirrored


@pytest.mark.parametrize("settings", [{}], indirect=True)
def test_a_signed_off_file_leaves_the_pending_list(settings, tmp_path):
    bank = _bank(tmp_path)
    path = bank / "fr" / "daily" / "day_001.txt"
    path.write_text(
        path.read_text().replace("reviewed: pending", "reviewed: 2026-12-01 by A. Tremblay (clinical lead)")
    )
    result = _check(settings, bank)
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert "daily/day_001.txt" not in report["pending_review"]["fr"]
    assert "daily/day_002.txt" in report["pending_review"]["fr"]
    assert "daily/day_001.txt" in report["pending_review"]["en"]


BAD_STAFF_FILES = [
    (
        "peer_roles.toml", 'code = "trust"', 'code = "Trust!"',
        "[processes] role 3: code must be lowercase letters, digits and _ (up to 40)",
    ),
    (
        "training_modules.toml", 'key = "provides_support"', 'key = "Provides support"',
        "module 2 ('Provides support'): key must be lowercase letters, digits and _ (up to 48)",
    ),
    (
        "recognition_milestones.toml", "at = [10, 50, 100]", "at = [50, 10]",
        "[resolved]: at must list whole numbers from 1 to 100000, smallest first",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("name", "good", "bad", "says"), BAD_STAFF_FILES)
def test_a_bad_staff_file_stops_the_check_with_one_line_naming_it(tmp_path, name, good, bad, says):
    bank = tmp_path / "messages"
    shutil.copytree(PROJECT_ROOT / "messages", bank)
    path = bank / "staff" / name
    assert good in path.read_text()
    path.write_text(path.read_text().replace(good, bad))
    env = {
        **os.environ,
        "TEXTSUPPORT_ENV": "test",
        "MESSAGES_DIR": str(bank),
        "DATABASE_URL": f"sqlite:///{tmp_path}/x.db",
    }
    result = subprocess.run(
        [sys.executable, "-m", "flask", "--app", "wsgi", "messages", "check"],
        cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 1
    assert result.stderr.strip() == f"textsupport: configuration error: {path}: {says}"
