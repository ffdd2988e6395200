"""`triage --context TEXT`: the reply read as an answer to the last text we sent (CONTRACT section 4)."""

import json

import pytest


@pytest.mark.parametrize(
    ("context", "level"),
    [("Are you safe right now?", "crisis"), ("Did the text come through?", "routine"), (None, "routine")],
)
def test_triage_reads_the_reply_with_its_context(app, context, level):
    args = ["triage", *(["--context", context] if context else []), "no"]
    result = app.test_cli_runner().invoke(args=args)
    assert result.exit_code == 0, result.output
    verdict = json.loads(result.stdout)
    assert set(verdict) == {"level", "keyword", "reasons"}
    assert verdict["level"] == level


def test_triage_dash_reads_every_line_with_the_one_context(app):
    result = app.test_cli_runner().invoke(
        args=["triage", "--context", "Are you thinking of hurting yourself?", "-"], input="yes\nno\nmaybe\n"
    )
    assert result.exit_code == 0, result.output
    verdicts = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(v["level"], v["keyword"]) for v in verdicts] == [
        ("crisis", "START"),
        ("routine", None),
        ("crisis", None),
    ]
