"""Typo-tolerant reading for triage: misspellings of the words that matter are read as those words.

Two tables, built once at import: `rules.typos.WORDS` (misspellings listed by hand) and every string one
edit (a letter deleted, added or changed, or two neighbours swapped) from a word of `rules.typos.FUZZY`,
except real words (`rules.typos.KEEP`), forms of the same word ("voice", "overdosed"), strings shorter
than MIN_LENGTH, and strings one edit from two targets (that would be a guess). A reply is corrected
token by token with one set intersection to find whether any token is in the table at all, so a reply
with no typo costs one `findall`. Pure: standard library only.
"""

from __future__ import annotations

import re
import string

from textsupport.triage.rules import typos

_TOKEN = re.compile(r"[a-z0-9]+")


def _edits(word: str) -> set[str]:
    """Every string one edit from `word`: deletions, transpositions, substitutions and insertions."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    letters = string.ascii_lowercase
    return {
        *(a + b[1:] for a, b in splits if b),
        *(a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1),
        *(a + c + b[1:] for a, b in splits if b for c in letters),
        *(a + c + b for a, b in splits for c in letters),
    }


def _one_edit_table() -> dict[str, str]:
    """Each string one edit from exactly one target word, mapped to it (see the module's docstring)."""
    found: dict[str, str | None] = {}
    for target in typos.FUZZY:
        for near in _edits(target):
            if len(near) < typos.MIN_LENGTH or near in typos.KEEP or near.startswith(target):
                continue
            if target.startswith(near):
                continue  # a form of the same word: "voice" for "voices"
            found[near] = target if found.get(near, target) == target else None
    targets = set(typos.FUZZY)
    return {near: target for near, target in found.items() if target is not None and near not in targets}


_TABLE = {**_one_edit_table(), **typos.WORDS}
_KEYS = frozenset(_TABLE)


def nearest(token: str) -> str | None:
    """The word a misspelt token stands for; None for a correct word, a real word or an unknown token."""
    return _TABLE.get(token)


def correct(text: str) -> str:
    """Normalised text with every misspelt token of the tables read as its word."""
    if _KEYS.isdisjoint(_TOKEN.findall(text)):
        return text
    return _TOKEN.sub(lambda match: _TABLE.get(match.group(), match.group()), text)
