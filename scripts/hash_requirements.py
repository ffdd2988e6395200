"""Pin the sha256 of every file the package index offers for each pinned requirement.

requirements.txt and requirements-dev.txt are written by hand: one `name==version` a line, direct
and transitive, under comments that say why each is there. This script keeps those lines and
comments and puts under each pin the hash of every file the index offers for that version (each
wheel, for every platform and Python, and the sdist), so `pip install -r` checks whatever file it
downloads, on any machine. pip turns on --require-hashes by itself once a file carries a hash: a
requirement without one, or a dependency missing from the files, then fails the install.

The hashes come from uv (`uv pip compile --no-deps --generate-hashes`), which reads them from the
index's simple pages. pip-compile gives the same hashes, but where the index has no JSON API it
downloads every file to hash it (each numpy, scipy and playwright wheel for every platform), and
it writes its own `# via` lines in place of the comments. After changing a pin:

    pip install uv && python scripts/hash_requirements.py
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
REQUIREMENTS = ("requirements.txt", "requirements-dev.txt")
HASH = re.compile(r"^\s+--hash=(sha256:[0-9a-f]{64})\s*\\?\s*$")


def strip(text: str) -> str:
    """The file without its hashes: each pin back on one line."""
    out = []
    for line in text.splitlines():
        if HASH.match(line):
            continue
        out.append(line.rstrip().removesuffix("\\").rstrip())
    return "\n".join(out) + "\n"


def pins(text: str) -> list[str]:
    """The file's own requirement lines (`name==version`), without includes or comments."""
    return [line for line in strip(text).splitlines() if line and not line.startswith(("#", "-"))]


def merge(text: str, hashes: Mapping[str, list[str]]) -> str:
    """The file with each pin followed by its hashes; a pin the index gave no hash for is an error."""
    out = []
    for line in strip(text).splitlines():
        if not line or line.startswith(("#", "-")):
            out.append(line)
            continue
        found = hashes.get(canonicalize_name(Requirement(line).name))
        if not found:
            raise SystemExit(f"no hash for {line}: is that version on the index?")
        out.append(f"{line} \\")
        out.extend(f"    --hash={digest} \\" for digest in sorted(found))
        out[-1] = out[-1].removesuffix(" \\")
    return "\n".join(out) + "\n"


def parse_compiled(output: str) -> dict[str, list[str]]:
    """uv's `name==version \\` lines, each followed by `--hash=` lines, as {name: hashes}."""
    hashes: dict[str, list[str]] = {}
    current = None
    for line in output.splitlines():
        digest = HASH.match(line)
        if digest and current is not None:
            hashes[current].append(digest.group(1))
        elif line and not line.startswith((" ", "#")):
            current = canonicalize_name(Requirement(line.removesuffix("\\").strip()).name)
            hashes[current] = []
    return hashes


def index_hashes(requirements: list[str]) -> dict[str, list[str]]:
    """Every file hash the index has for each pinned requirement, from uv."""
    uv = shutil.which("uv") or shutil.which("uv", path=os.path.dirname(sys.executable))
    if uv is None:
        raise SystemExit("needs uv: pip install uv")
    with tempfile.TemporaryDirectory() as scratch:
        listed = Path(scratch) / "pins.in"
        listed.write_text("\n".join(requirements) + "\n")
        command = [uv, "pip", "compile", "--quiet", "--no-deps", "--generate-hashes", "--no-header",
                   "--no-annotate", "--universal", "--python-version", "3.11", str(listed)]  # fmt: skip
        # uv found on PATH or beside this interpreter, with fixed arguments.
        done = subprocess.run(command, capture_output=True, text=True, check=True)  # noqa: S603
    return parse_compiled(done.stdout)


def main() -> int:
    """Rewrite both requirements files with the hashes of their pins."""
    texts = {name: (ROOT / name).read_text() for name in REQUIREMENTS}
    hashes = index_hashes([pin for text in texts.values() for pin in pins(text)])
    for name, text in texts.items():
        (ROOT / name).write_text(merge(text, hashes))
        print(f"{name}: {len(pins(text))} pins hashed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
