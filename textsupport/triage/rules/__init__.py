"""The rules of triage as data, split by noun: the grammar (`common`), rewrites and word lists
(`lexicon`), idioms (`idioms`), the crisis and urgent rules, and the fallback for unplaced replies."""
