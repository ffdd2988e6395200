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


def test_requirements_pip_audit_could_not_look_up_are_not_reported_as_clean():
    # An index without PyPI's JSON API: pip-audit exits 0 with "No known vulnerabilities found"
    # while every requirement was skipped (this sandbox's index, 91 of 91).
    skipped = {
        "dependencies": [
            {"name": "flask", "version": "3.1.3", "vulns": []},
            {
                "name": "aiohttp",
                "version": "3.14.5",
                "skip_reason": "Dependency not found on PyPI and could not be audited: aiohttp (3.14.5)",
            },
        ],
        "fixes": [],
    }
    verdict = judge(0, "", json.dumps(skipped))
    assert verdict.exit_code == 0
    assert "could not look up 1 of the 2 pinned requirements" in verdict.message
    assert "NOT checked" in verdict.message and "aiohttp (3.14.5)" in verdict.message


def test_a_finding_fails_lint_even_when_other_requirements_were_skipped():
    report = {
        **REPORT,
        "dependencies": [*REPORT["dependencies"], {"name": "x", "version": "1", "skip_reason": "?"}],
    }
    assert judge(1, "", json.dumps(report)).exit_code == 1
