"""make lint: check the pinned requirements for known vulnerabilities with pip-audit.

pip-audit asks PyPI's vulnerability data about each pinned version (no install: --no-deps
--disable-pip, as every requirement is pinned). Three outcomes:

- no known vulnerability: one line saying so, exit 0;
- a vulnerability: pip-audit's findings, exit 1 (lint fails);
- the vulnerability data cannot be reached (no network, as in a sandbox): a loud banner saying the
  requirements were NOT checked, exit 0, so an offline machine can still lint. Any other error of
  pip-audit's fails lint.
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


@dataclass(frozen=True)
class Verdict:
    """What make lint says, and whether it fails."""

    exit_code: int
    message: str


def judge(returncode: int, stderr: str, report: str) -> Verdict:
    """Read pip-audit's exit code, its stderr and its JSON report (empty when none was written)."""
    found = []
    if report.strip():
        for dependency in json.loads(report).get("dependencies", []):
            for vuln in dependency.get("vulns", []):
                fixed = ", ".join(vuln.get("fix_versions", [])) or "no fixed version yet"
                found.append(f"{dependency['name']} {dependency['version']}: {vuln['id']} (fixed in {fixed})")
    if found:
        return Verdict(
            1, "pip-audit: known vulnerabilities in the pinned requirements:\n  " + "\n  ".join(found)
        )
    if returncode == 0:
        return Verdict(0, "pip-audit: no known vulnerabilities in the pinned requirements.")
    if any(sign in stderr for sign in UNREACHABLE):
        return Verdict(
            0,
            f"{BANNER}\n# pip-audit: the vulnerability data could not be reached from this machine, so the\n"
            "# pinned requirements were NOT checked for known vulnerabilities. Run make lint where\n"
            f"# the package index is reachable (a developer's machine, CI with network).\n{BANNER}",
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
