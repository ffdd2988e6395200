"""`messages check` passes on the real bank and fails on a broken one."""

import json
import shutil
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
