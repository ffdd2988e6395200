"""Guards: how one match of a rule counts in its clause (DOMAIN section 3's false alarms): negated ("i'm not
suicidal", "hurting myself isn't something i'd do"), told as the past ("two years ago today, ..."), about
someone else ("my brother says he wants to die"), or in a benign context named by the rule; else it fires.

A guard lowers the model's confidence but never vetoes it alone (`decision`). Pure: standard library only.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right

from textsupport.triage.rules import cues, past

_CLAUSE = re.compile(cues.CLAUSE_BREAK)
# every match of PAST begins a word (test_triage_speedups): the lookahead skips, without trying its ~80
# alternatives, each place that begins none, as most places after \b (the ends of words) do not
_PAST, _PRESENT = re.compile(rf"(?=\w){past.PAST}"), re.compile(past.PRESENT)
# an event dated where it is named, "the overdose from 2019": past, whatever else the clause says of today
_DATED_AFTER = re.compile(
    r" (from|in|back in|of|last) ((19|20)\d\d|january|february|march|april|june|july|august|september|"
    r"october|november|december)\b"
)
_PAST_LEAD = re.compile(past.PAST_LEAD)
_ANNIVERSARY_TODAY = re.compile(past.ANNIVERSARY_TODAY)
_NEGATED_AFTER, _NEGATED_THOUGHT = re.compile(cues.NEGATED_AFTER), re.compile(cues.NEGATED_THOUGHT)
_OTHER_REFLEXIVE = re.compile(cues.OTHER_REFLEXIVE)
_DOUBLE_NEGATIVE = re.compile(cues.DOUBLE_NEGATIVE)
_MILESTONE_BEFORE, _MILESTONE_BEFORE_FREE = (
    re.compile(past.MILESTONE_BEFORE),
    re.compile(past.MILESTONE_BEFORE_FREE),
)
_MILESTONE_AFTER_FREE = re.compile(past.MILESTONE_AFTER_FREE)
_TODAY = re.compile(r"\btoday\b")

# a word in any script: a letter outside ASCII is part of its word ("yarın onu" holds no French "n'")
_TOKEN = re.compile(r"[^\W_]+")


def clause(text: str, match: re.Match[str]) -> tuple[int, int]:
    """Where the clause holding `match` starts and ends (punctuation, "but", line breaks)."""
    begin, end = match.span()
    if text[begin - 1 : begin].isalpha() or text[end : end + 1].isalpha():
        return _clause_scanned(text, begin, end)  # a match inside a word: see `_clause_breaks`
    starts, ends = _clause_breaks(text)
    before, after = bisect_right(ends, begin), bisect_left(starts, end)
    return (ends[before - 1] if before else 0), (starts[after] if after < len(starts) else len(text))


def _clause_scanned(text: str, begin: int, end: int) -> tuple[int, int]:
    """`clause` for the match at text[begin:end], by scanning the text before and after it."""
    breaks = [b.end() for b in _CLAUSE.finditer(text, 0, begin)]
    following = _CLAUSE.search(text, end)
    return (breaks[-1] if breaks else 0), (following.start() if following else len(text))


@functools.lru_cache(maxsize=16)  # one reply's clauses are looked up for each match of each rule
def _clause_breaks(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Where each clause break of the whole text starts, and where each ends, in order.

    They are the breaks `_clause_scanned` finds for a match that starts and ends next to no letter: one
    scan of the text before the match could also end on a "but" the match's first letter continues
    ("but|иди"), and a break found from the match's end could also straddle it; a whole-word match of
    ASCII letters does neither."""
    found = [(b.start(), b.end()) for b in _CLAUSE.finditer(text)]
    return tuple(start for start, _ in found), tuple(end for _, end in found)


def negated(before: str, matched: str = "") -> bool:
    """A negator among the last few words before the phrase, with no new subject in between."""
    every = _TOKEN.findall(before)
    thought = _NEGATED_THOUGHT.search(before)
    if thought:  # "not having any thoughts of [ending it]", unless the denial is denied
        return not _DOUBLE_NEGATIVE.search(" ".join(_TOKEN.findall(before[: thought.start()])[-5:]))
    if _TOKEN.findall(matched)[:1] and _TOKEN.findall(matched)[0] in cues.NEW_SUBJECT:
        # "if i dont answer, youll know why": the phrase has its own subject, unless its reason is denied
        return tuple(every[-2:]) == cues.NOT_BECAUSE
    words = every[-cues.NEGATION_WINDOW :]
    for index in range(len(words) - 1, -1, -1):
        if words[index] in cues.SUBJECT_I:
            at = len(every) - len(words) + index  # a reason denied: "not because im going to ..."
            if tuple(every[max(at - 2, 0) : at]) in cues.INVERTED_NEGATIONS:
                return True  # "never would i ..."
            return tuple(every[max(at - 2, 0) : at]) == cues.NOT_BECAUSE
        after = words[index + 1] if index + 1 < len(words) else ""
        if words[index] in cues.NEGATORS and after not in cues.NOT_A_NEGATION:
            if words[index] in cues.ELIDED_NEGATORS and not after.startswith(cues.ELISION_OPENINGS):
                continue  # "n" before a consonant is SMS "and" ("drank vodka n took pills"), not French "n'"
            at = len(every) - len(words) + index
            following = after or next(iter(_TOKEN.findall(matched)), "")
            if at == 0 and words[index] in cues.ANSWERING_NO and following in cues.AFTER_ANSWERING_NO:
                continue  # "no ran out of my lithium" answers us: "no" does not negate a verb
            if words[index] == "not" and at and every[at - 1] in cues.BEFORE_NOT:
                return False  # two negators cancel: "i dont not want to die"
            return not _DOUBLE_NEGATIVE.search(" ".join(every[max(at - 5, 0) : at]))
    return False


def _someone_else(before: str, matched: str) -> bool:
    """Whether the phrase is about another person ("my brother says he wants to die")."""
    if _OTHER_REFLEXIVE.search(matched):
        return True
    said = _TOKEN.findall(matched)
    if cues.SELF.intersection(said):
        return False
    if " ".join(said[:2]).startswith(cues.HE_SHE_THEY_IS):
        return True  # the phrase names its own subject in the present: "[shes on the bridge]"
    tokens = _TOKEN.findall(before)
    for index in range(len(tokens) - 1, -1, -1):
        word = tokens[index]
        if word in ("you", "yall") and index and tokens[index - 1] in cues.ADDRESSED:
            continue  # "thank you all for everything": the one thanked is not at risk
        if word in cues.SELF or word in cues.THIRD_PERSON:
            return word in cues.THIRD_PERSON
    return False


def _sentence_start(text: str, clause_start: int) -> int:
    """Where the sentence holding the clause that starts at `clause_start` starts."""
    return max(text.rfind(mark, 0, clause_start) for mark in ".!?\n") + 1


@functools.lru_cache(maxsize=64)  # several matches of one reply share a clause
def _past(clause: str, lead: str = "") -> bool:
    """Whether the clause is about the past ("years ago ...") and not about now ("... again"); `lead`, the
    sentence before the clause, counts when it is nothing but a time gone by ("two years ago today, ...")."""
    if _PRESENT.search(_ANNIVERSARY_TODAY.sub(" ", clause)):
        return False
    return bool(_PAST.search(clause)) or bool(lead and _PAST_LEAD.fullmatch(lead))


def _milestone(text: str, before: str, match: re.Match[str]) -> bool:
    """Whether the phrase is what a recovery milestone counts from: "two years clean from [self harm]",
    "one year [self harm] free". A milestone elsewhere in the clause does not count ("two years clean and
    i want to [cut] tonight"), nor one whose clause speaks of now ("40 days without [hurting myself] and
    tonight i broke it"); the day of the milestone may be named ("... today")."""
    if not _MILESTONE_BEFORE.search(before) and not (
        _MILESTONE_BEFORE_FREE.search(before) and _MILESTONE_AFTER_FREE.match(text, match.end())
    ):
        return False  # most often: no milestone at all, so the clause is not read for now
    start, end = clause(text, match)
    return not _PRESENT.search(_TODAY.sub(" ", text[start:end]))


def assess(unless: tuple[re.Pattern[str], ...], text: str, match: re.Match[str]) -> str:
    """How one match counts: "fires", "negated", "past", "benign context" or "third party"."""
    start, end = clause(text, match)
    before = text[start : match.start()]
    if any(pattern.search(text[start:end]) for pattern in unless):
        return "benign context"
    if negated(before, match.group()) or _NEGATED_AFTER.match(text, match.end(), end):
        return "negated"
    if (
        _DATED_AFTER.match(text, match.end())
        or _milestone(text, before, match)
        or _past(text[start:end], text[_sentence_start(text, start) : start])
    ):
        return "past"
    return "third party" if _someone_else(before, match.group()) else "fires"
