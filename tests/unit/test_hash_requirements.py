"""Hash-pinned requirements: every pin carries its hashes, and the script keeps the files' comments."""

import pytest

from scripts.hash_requirements import HASH, REQUIREMENTS, ROOT, merge, parse_compiled, pins, strip

A = "sha256:" + "a" * 64
B = "sha256:" + "b" * 64
HAND_WRITTEN = (
    "# why these are here\n-r requirements.txt\nFlask==3.1.3\n# the driver\npsycopg[binary]==3.3.9\n"
)
HASHED = (
    "# why these are here\n-r requirements.txt\n"
    f"Flask==3.1.3 \\\n    --hash={A} \\\n    --hash={B}\n"
    f"# the driver\npsycopg[binary]==3.3.9 \\\n    --hash={A}\n"
)


def test_merge_puts_each_pin_s_hashes_under_it_and_keeps_the_comments():
    assert merge(HAND_WRITTEN, {"flask": [B, A], "psycopg": [A]}) == HASHED


def test_merging_again_replaces_the_old_hashes():
    assert merge(HASHED, {"flask": [B], "psycopg": [A]}) == merge(
        HAND_WRITTEN, {"flask": [B], "psycopg": [A]}
    )
    assert strip(HASHED) == HAND_WRITTEN


def test_a_pin_the_index_has_no_hash_for_stops_the_script():
    with pytest.raises(SystemExit, match="psycopg"):
        merge(HAND_WRITTEN, {"flask": [A]})


def test_uv_s_output_is_read_by_normalised_name():
    output = f"boolean-py==5.0 \\\n    --hash={A} \\\n    --hash={B}\npsycopg==3.3.9 \\\n    --hash={B}\n"
    assert parse_compiled(output) == {"boolean-py": [A, B], "psycopg": [B]}


@pytest.mark.parametrize("name", REQUIREMENTS)
def test_every_pin_in_the_requirements_files_carries_its_hashes(name):
    lines = (ROOT / name).read_text().splitlines()
    unhashed = [
        line
        for line, after in zip(lines, [*lines[1:], ""], strict=True)
        if line and not line.startswith(("#", "-", " ")) and not ("==" in line and HASH.match(after))
    ]
    assert unhashed == []
    assert len(pins("\n".join(lines))) > 30


def test_a_pin_for_one_platform_keeps_its_marker_and_gets_its_hashes():
    marked = 'colorama==0.4.6 ; sys_platform == "win32"'
    output = f"colorama==0.4.6 ; sys_platform == 'win32' \\\n    --hash={A}\n"
    assert merge(f"{marked}\n", parse_compiled(output)) == f"{marked} \\\n    --hash={A}\n"


def test_the_windows_only_dependency_is_pinned_for_windows_only():
    runtime = pins((ROOT / "requirements.txt").read_text())
    assert 'colorama==0.4.6 ; sys_platform == "win32"' in runtime
