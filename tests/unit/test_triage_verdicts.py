"""scripts/triage_verdicts.py compares verdicts reply by reply, not by their place in the dump."""

from scripts.triage_verdicts import compare, table_replies


def verdict(text, level="routine", context=None):
    return {"text": text, "context": list(context) if context else None, "level": level}


def test_replies_added_in_between_shift_nothing():
    before = [verdict("no"), verdict("i want to die", "crisis")]
    now = [verdict("a new table reply"), verdict("no"), verdict("i want to die", "crisis")]
    changed, gone, new = compare(before, now)
    assert (changed, gone) == ([], [])
    assert new == [verdict("a new table reply")]


def test_a_changed_verdict_and_a_reply_no_longer_read_are_found():
    safe = ("safety_question", "Are you safe right now?")
    before = [verdict("no", "crisis", safe), verdict("no"), verdict("bye")]
    now = [verdict("no"), verdict("no", "urgent", safe)]
    changed, gone, new = compare(before, now)
    assert changed == [(verdict("no", "crisis", safe), verdict("no", "urgent", safe))]
    assert gone == [verdict("bye")]
    assert new == []


def test_the_language_matrix_replies_are_dumped_too():
    """The matrix tables nest languages in concepts: their replies are read as a flat table's are."""
    replies = set(table_replies())
    assert "ich will mich umbringen" in replies  # tests/unit/test_triage_languages_matrix_self.py
    assert "die vroege diensten zijn moordend" in replies  # ..._urgent.py, an ordinary counterpart
