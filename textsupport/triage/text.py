"""The text of a reply as the rules and the model read it: folded, contractions joined, shorthand and
misspellings rewritten (`rules.rewrites`, `rules.typos`, `spelling`), idioms blanked out (`rules.idioms`);
for the model, the clauses the rules guarded are marked (`for_model`, `unguarded`).

Pure: standard library only.
"""

from __future__ import annotations

import re

from textsupport.triage import patterns, spelling
from textsupport.triage.folding import fold
from textsupport.triage.rules import rewrites, typos
from textsupport.triage.rules.atlas_idioms import ATLAS_IDIOMS
from textsupport.triage.rules.idioms import IDIOMS

IDIOM_MARK = " _ "  # what an idiom (or an opt-out the model should not read) leaves behind in normalised text
# a clause the rules guarded (negated, past, benign, someone else's, joking), as the model reads it: between
# these marks, which normalise removes from what a person wrote
GUARD_OPEN, GUARD_CLOSE = "\u27e6", "\u27e7"  # ⟦ ⟧
GUARDED_CLAUSE = re.compile(f" {GUARD_OPEN}([^{GUARD_OPEN}{GUARD_CLOSE}]*){GUARD_CLOSE} ")
TOKEN = re.compile(r"[a-z0-9]+")
# a word in any script: a Latin token; a run of the letters (and the vowel signs and other marks) of another
# script; each Han or kana character on its own, as those scripts write no spaces between words
_IDEOGRAPH = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_MARKS = "\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0900-\u0dff"
ANY_WORD = re.compile(rf"[a-z0-9]+|[{_IDEOGRAPH}]|(?:[^\W\d_a-z{_IDEOGRAPH}]|[{_MARKS}])+")
VARIANTS = tuple(
    (patterns.whole_words(pattern), replacement)
    for pattern, replacement in rewrites.VARIANTS + typos.VARIANTS
)
IDIOMS_FOUND = tuple(patterns.whole_words(pattern) for pattern in IDIOMS + ATLAS_IDIOMS)
_REWRITES = VARIANTS + tuple((idiom, IDIOM_MARK) for idiom in IDIOMS_FOUND)  # in the order they apply
_REWRITE_INDEX = patterns.Index(pattern for pattern, _ in _REWRITES)
_CONTRACTION = re.compile(r"([a-z])'(t|m|s|d|ll|ve|re)\b")  # don't -> dont; j'ai stays two words
_EMOJI = "\U0001f000-\U0001faff\u2600-\u27bf"
# an emoji written against a word or a number is read apart from it: "💊x30" -> "💊 x30"
_EMOJI_JOINED = re.compile(rf"(?<=[{_EMOJI}])(?=[a-z0-9])|(?<=[a-z0-9])(?=[{_EMOJI}])")


def normalise(text: str) -> str:
    """Folded text with contractions joined, variants rewritten and idioms blanked out."""
    text = fold(text).replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    text = _CONTRACTION.sub(r"\1\2", text)
    text = re.sub(r"['\-_]", " ", text).replace("/", " / ")
    text = re.sub(r"([a-z])\1{2,}", r"\1", text)  # "sooo" -> "so", "killl" -> "kil" (-> "kill")
    if not text.isascii():
        text = _EMOJI_JOINED.sub(" ", text).replace(GUARD_OPEN, " ").replace(GUARD_CLOSE, " ")
    text = spelling.correct(re.sub(r"[^\S\n]+", " ", text))  # keep line breaks: they end a clause
    return re.sub(r"[^\S\n]+", " ", _rewrite(text)).strip()


def _rewrite(text: str) -> str:
    """The variants, then the idioms, applied in order: each only where the text (as rewritten so far)
    holds one of its openings, found through the index rather than by testing every pattern."""
    starts = _REWRITE_INDEX.starts(text)
    todo = sorted(starts)
    step = 0
    while step < len(todo):
        position = todo[step]
        pattern, replacement = _REWRITES[position]
        if patterns.first(pattern, text, starts[position]) is None:
            step += 1
            continue
        text = pattern.sub(replacement, text)  # it matched: the text changed, so what can match after
        starts = _REWRITE_INDEX.starts(text)  # this pattern is looked up again
        todo = sorted(later for later in starts if later > position)
        step = 0
    return text


def blank(text: str, spans) -> str:
    """The text with these (start, end) spans blanked out for the model, overlapping spans merged."""
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    for start, end in reversed(merged):  # from the end, so that earlier spans keep their place
        text = text[:start] + IDIOM_MARK + text[end:]
    return text


def for_model(text: str, guarded, blanked=()) -> str:
    """The text the model reads: these (start, end) spans of guarded clauses marked (`GUARD_OPEN` ...
    `GUARD_CLOSE`, overlapping spans merged) and the `blanked` spans blanked out, as idioms are (a blank
    wins over a guard where they overlap)."""
    if not guarded:
        return blank(text, blanked)
    guarded, blanked = set(guarded), set(blanked)  # a clause is often guarded by several rules
    cuts = sorted({0, len(text), *(p for span in (*guarded, *blanked) for p in span)})
    pieces, previous = [], "plain"
    for start, end in zip(cuts, cuts[1:], strict=False):
        if start == end:
            continue
        kind = "plain"
        if any(a <= start and end <= b for a, b in blanked):
            kind = "blank"
        elif any(a <= start and end <= b for a, b in guarded):
            kind = "guard"
        if previous == "guard" and kind != "guard":
            pieces.append(f"{GUARD_CLOSE} ")
        if kind == "guard" and previous != "guard":
            pieces.append(f" {GUARD_OPEN}")
        if kind != "blank":
            pieces.append(text[start:end])
        elif previous != "blank":
            pieces.append(IDIOM_MARK)
        previous = kind
    if previous == "guard":
        pieces.append(f"{GUARD_CLOSE} ")
    return "".join(pieces)


def unguarded(text: str) -> str:
    """The text for the model without its guarded clauses, each blanked out as an idiom is (the text the
    model read before guarded clauses were features)."""
    if GUARD_OPEN not in text:
        return text
    return GUARDED_CLAUSE.sub(IDIOM_MARK, text)


def guarded_clauses(text: str) -> list[str]:
    """The guarded clauses of a text for the model, in order."""
    return GUARDED_CLAUSE.findall(text) if GUARD_OPEN in text else []


def words(text: str) -> int:
    """How many words a normalised text holds, in any script (see `ANY_WORD`)."""
    return len(ANY_WORD.findall(text))
