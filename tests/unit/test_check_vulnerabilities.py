"""make lint's pip-audit verdict: pass, fail on a finding, loud but passing when its data is unreachable."""

import json

from scripts.check_vulnerabilities import judge

REPORT = {
    "dependencies": [
        {"name": "flask", "version": "3.1.3", "vulns": []},
        {
            "name": "werkzeug",
            "version": "3.1.9",
            "vulns": [{"id": "PYSEC-0000-1", "fix_versions": ["3.1.10"]}],
        },
    ],
    "fixes": [],
}
CLEAN = {"dependencies": [{"name": "flask", "version": "3.1.3", "vulns": []}], "fixes": []}
OFFLINE = "requests.exceptions.ConnectionError: HTTPSConnectionPool(...): Max retries exceeded with url"


def test_a_clean_report_passes():
    verdict = judge(0, "", json.dumps(CLEAN))
    assert (verdict.exit_code, verdict.message) == (
        0,
        "pip-audit: no known vulnerabilities in the pinned requirements.",
    )


def test_a_vulnerability_fails_lint_and_names_the_package_and_the_fix():
    verdict = judge(1, "", json.dumps(REPORT))
    assert verdict.exit_code == 1
    assert (
        "werkzeug 3.1.9: PYSEC-0000-1 (fixed in 3.1.10)" in verdict.message and "flask" not in verdict.message
    )


def test_unreachable_data_passes_but_says_loudly_that_nothing_was_checked():
    verdict = judge(1, OFFLINE, "")
    assert verdict.exit_code == 0 and "were NOT checked" in verdict.message


def test_any_other_error_fails_lint():
    verdict = judge(2, "pip-audit: error: unrecognized arguments", "")
    assert verdict.exit_code == 1 and "unrecognized arguments" in verdict.message
