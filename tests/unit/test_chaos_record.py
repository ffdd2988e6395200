"""The chaos run's record, as make bench reports it: saved whole, read back, and tied to its commit."""

import json

from scripts import chaos_record


def test_a_saved_run_is_reported_with_whether_it_ran_at_this_commit(tmp_path):
    path = tmp_path / "instance" / "chaos-last.json"
    chaos_record.save({"chaos_texts_after_stop": 0}, True, path, commit="abc123")
    same = chaos_record.for_bench(path, commit="abc123")
    assert same["chaos_last"]["summary"] == {"chaos_texts_after_stop": 0}
    assert same["chaos_last"]["passed"] is True and same["chaos_last_is_this_commit"] is True
    assert chaos_record.for_bench(path, commit="def456")["chaos_last_is_this_commit"] is False
    assert [p.name for p in path.parent.iterdir()] == ["chaos-last.json"]  # no partial file left


def test_a_failed_run_replaces_the_last_one(tmp_path):
    path = tmp_path / "chaos-last.json"
    chaos_record.save({"chaos_texts_after_stop": 0}, True, path, commit="abc123")
    chaos_record.save({"chaos_texts_after_stop": 1}, False, path, commit="abc123")
    assert json.loads(path.read_text())["passed"] is False


def test_no_run_or_a_damaged_record_says_so_instead_of_passing(tmp_path):
    path = tmp_path / "chaos-last.json"
    assert chaos_record.for_bench(path, commit="abc123")["chaos_last"] is None
    path.write_text("{not json")
    report = chaos_record.for_bench(path, commit="abc123")
    assert report["chaos_last"] is None and "run make chaos" in report["chaos_note"]


def test_head_names_this_checkout_commit():
    commit = chaos_record.head()
    assert commit is None or len(commit) == 40
