"""make lint: check the pinned requirements for known vulnerabilities with pip-audit.

pip-audit asks PyPI's vulnerability data about each pinned version (no install: --no-deps
--disable-pip, as every requirement is pinned). Three outcomes:

- no known vulnerability: one line saying so, exit 0;
- a vulnerability: pip-audit's findings, exit 1 (lint fails);
- the vulnerability data cannot be reached (no network, as in a sandbox): a loud banner saying the
  requirements were NOT checked, exit 0, so an offline machine can still lint. Any other error of
  pip-audit's fails lint.
- pip-audit ran but skipped requirements it could not look up (an index that serves packages but not
  PyPI's JSON API, as this sandbox's does: every one of them skipped, and pip-audit still says "No
  known vulnerabilities found"): the same banner, naming how many were not checked, exit 0.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REQUIREMENTS = ("requirements.txt", "requirements-dev.txt")
UNREACHABLE = (
    "ConnectionError", "NameResolutionError", "Max retries exceeded", "Temporary failure in name resolution",
    "timed out", "Network is unreachable", "Connection refused",
)  # fmt: skip
BANNER = "#" * 78
RUN_ELSEWHERE = (
    "# Run make lint where the package index and its vulnerability data are reachable\n"
    f"# (a developer's machine, CI with network).\n{BANNER}"
)


@dataclass(frozen=True)
class Verdict:
    """What make lint says, and whether it fails."""

    exit_code: int
    message: str


def judge(returncode: int, stderr: str, report: str) -> Verdict:
    """Read pip-audit's exit code, its stderr and its JSON report (empty when none was written)."""
    found, skipped = [], []
    dependencies = json.loads(report).get("dependencies", []) if report.strip() else []
    for dependency in dependencies:
        if dependency.get("skip_reason"):
            skipped.append(dependency)
        for vuln in dependency.get("vulns", []):
            fixed = ", ".join(vuln.get("fix_versions", [])) or "no fixed version yet"
            found.append(f"{dependency['name']} {dependency['version']}: {vuln['id']} (fixed in {fixed})")
    if found:
        return Verdict(
            1, "pip-audit: known vulnerabilities in the pinned requirements:\n  " + "\n  ".join(found)
        )
    if skipped:
        return Verdict(
            0,
            f"{BANNER}\n# pip-audit could not look up {len(skipped)} of the {len(dependencies)} pinned "
            "requirements, so those were\n# NOT checked for known vulnerabilities. It says, for one:\n"
            f"#   {skipped[0]['skip_reason']}\n{RUN_ELSEWHERE}",
        )
    if returncode == 0:
        return Verdict(0, "pip-audit: no known vulnerabilities in the pinned requirements.")
    if any(sign in stderr for sign in UNREACHABLE):
        return Verdict(
            0,
            f"{BANNER}\n# pip-audit: the vulnerability data could not be reached from this machine, so the\n"
            f"# pinned requirements were NOT checked for known vulnerabilities.\n{RUN_ELSEWHERE}",
        )
    return Verdict(1, f"pip-audit failed:\n{stderr.strip()[-2000:]}")


def main() -> int:
    """Run pip-audit over the requirements files and print the verdict."""
    with tempfile.TemporaryDirectory() as scratch:
        report = Path(scratch) / "report.json"
        command = [
            sys.executable, "-m", "pip_audit", "--no-deps", "--disable-pip", "--progress-spinner", "off",
            "--timeout", "10", "--format", "json", "--output", str(report),
            *(arg for name in REQUIREMENTS for arg in ("--requirement", str(ROOT / name))),
        ]  # fmt: skip
        # Our own interpreter with fixed arguments: nothing from outside reaches the command.
        done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=False)  # noqa: S603
        verdict = judge(done.returncode, done.stderr, report.read_text() if report.exists() else "")
    print(verdict.message, file=sys.stderr if verdict.exit_code else sys.stdout)
    return verdict.exit_code


if __name__ == "__main__":
    sys.exit(main())
