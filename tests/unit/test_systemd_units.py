"""deploy/systemd: a unit per Procfile process, running the Procfile command, and units systemd accepts."""

import configparser
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from textsupport.config import PROJECT_ROOT

UNITS = PROJECT_ROOT / "deploy" / "systemd"
HOME = "/opt/textsupport"  # where the units expect the checkout (WorkingDirectory)
FOR_PROCESS = {
    "web": "textsupport-web.service",
    "dispatcher": "textsupport-dispatcher@.service",
    "scheduler": "textsupport-scheduler.service",
}
SYSTEMD_ANALYZE = shutil.which("systemd-analyze")


def procfile() -> dict[str, str]:
    """The Procfile's processes and their commands, without the shell's `exec`."""
    lines = (PROJECT_ROOT / "Procfile").read_text().splitlines()
    found = [line.split(":", 1) for line in lines if line.strip() and not line.startswith("#")]
    return {name.strip(): command.strip().removeprefix("exec ") for name, command in found}


def unit(name: str) -> configparser.ConfigParser:
    """A unit file parsed as INI (strict: a key given twice is an error here, as no unit needs one)."""
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # systemd's keys are case-sensitive
    parser.read_string((UNITS / name).read_text(), source=name)
    return parser


def test_every_procfile_process_has_one_unit_and_every_unit_one_process():
    assert set(procfile()) == set(FOR_PROCESS)
    assert {path.name for path in UNITS.glob("*.service")} == set(FOR_PROCESS.values())


@pytest.mark.parametrize("process", sorted(FOR_PROCESS))
def test_each_unit_runs_the_procfile_command_from_the_checkout(process):
    service = unit(FOR_PROCESS[process])["Service"]
    assert service["WorkingDirectory"] == HOME
    assert service["ExecStart"].removeprefix(HOME + "/") == procfile()[process]
    assert (
        service["User"] == "textsupport" and service["EnvironmentFile"] == "/etc/textsupport/textsupport.env"
    )
    assert service["UMask"] == "0077" and service["ReadWritePaths"] == f"{HOME}/instance"  # the spool
    assert unit(FOR_PROCESS[process])["Install"]["WantedBy"] == "textsupport.target"


def _installed_copy(directory: Path) -> None:
    """The units as if the checkout were here: this venv's programs, this project folder."""
    bin_dir = str(Path(sys.executable).parent)
    for path in [*UNITS.glob("*.service"), *UNITS.glob("*.target")]:
        text = path.read_text().replace(f"{HOME}/.venv/bin", bin_dir).replace(HOME, str(PROJECT_ROOT))
        (directory / path.name).write_text(text)


def _verify(directory: Path, name: str) -> tuple[int, list[str]]:
    """systemd-analyze verify's exit status, and what it said about our units (it only warns about
    unknown keys and bad values, so those lines count as failures too)."""
    done = subprocess.run(
        [SYSTEMD_ANALYZE, "verify", str(directory / name)], capture_output=True, text=True, timeout=60
    )
    said = [line for line in (done.stdout + done.stderr).splitlines() if re.search(r"textsupport", line)]
    return done.returncode, said


@pytest.mark.skipif(SYSTEMD_ANALYZE is None, reason="systemd-analyze is not installed")
def test_systemd_analyze_verify_accepts_every_unit(tmp_path):
    _installed_copy(tmp_path)
    names = [*FOR_PROCESS.values(), "textsupport-dispatcher@1.service", "textsupport.target"]
    for name in names:
        assert _verify(tmp_path, name) == (0, []), name
    # verify really checks units here: a bad value and a missing program are both reported
    broken = (tmp_path / "textsupport-web.service").read_text()
    (tmp_path / "textsupport-web.service").write_text(broken.replace("KillMode=mixed", "KillMode=mixd"))
    assert _verify(tmp_path, "textsupport-web.service")[1]
    template = (tmp_path / "textsupport-dispatcher@.service").read_text()
    missing = template.replace(str(Path(sys.executable).parent), "/nonexistent/bin")
    (tmp_path / "textsupport-dispatcher@.service").write_text(missing)
    assert _verify(tmp_path, "textsupport-dispatcher@1.service")[0] != 0
