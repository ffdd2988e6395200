"""Typo-tolerant reading for triage: a token one edit from a word that matters is read as that word.

Symmetric deletion: every target word (`rules.typos.FUZZY`) is stored under itself and under each
string it gives with one letter deleted; a token is looked up the same way. Two strings that share such
a key are at most one deletion, insertion, substitution or transposition of neighbours apart. Cheap:
len(token) + 1 dictionary lookups per token of MIN_LENGTH letters or more. Pure: standard library only.
"""

from __future__ import annotations

import re

from textsupport.triage.rules import typos

_TOKEN = re.compile(rf"[a-z]{{{typos.MIN_LENGTH},}}")


def _deletions(word: str) -> set[str]:
    """The word and every string it gives with one letter deleted."""
    return {word, *(word[:i] + word[i + 1 :] for i in range(len(word)))}


def _index(targets) -> dict[str, str]:
    """Each deletion key to its target word; a key two targets share is dropped (it would be a guess)."""
    found: dict[str, str | None] = {}
    for target in targets:
        for key in _deletions(target):
            found[key] = target if found.get(key, target) == target else None
    return {key: target for key, target in found.items() if target is not None}


_KEYS = _index(typos.FUZZY)
_TARGETS = frozenset(typos.FUZZY)


def nearest(token: str) -> str | None:
    """The target word `token` is one edit from; None for a target, a real word, a form of one, or none."""
    if token in _TARGETS or token in typos.KEEP:
        return None
    for key in _deletions(token):
        target = _KEYS.get(key)
        if target is not None:
            if token.startswith(target) or target.startswith(token):
                return None  # a form of the same word: "voice", "overdosed"
            return target
    return None


def _replace(match: re.Match[str]) -> str:
    return nearest(match.group()) or match.group()


def correct(text: str) -> str:
    """Normalised text with every token one edit from a word that matters read as that word."""
    return _TOKEN.sub(_replace, text)
