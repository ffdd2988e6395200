"""Keywords: a whole message that is STOP, START or HELP (DOMAIN section 3), in English or French.

Matched on the whole message, ignoring case, accents, spaces and punctuation at either end. Pure:
standard library only.
"""

from __future__ import annotations

import unicodedata

from textsupport.triage.folding import fold
from textsupport.triage.rules import common as rules


def whole_word(text: str) -> str:
    """The whole message as one word: folded, all spaces gone, punctuation trimmed from both ends."""
    word = "".join(fold(text).split())
    while word and unicodedata.category(word[-1]).startswith("P"):
        word = word[:-1]
    while word and unicodedata.category(word[0]).startswith("P"):
        word = word[1:]
    return word


def keyword(text: str) -> str | None:
    """The keyword family ("STOP", "START", "HELP") when the whole message is one, else None."""
    return rules.KEYWORDS.get(whole_word(text or ""))


def keyword_language(text: str) -> str | None:
    """ "fr" when the whole message is a French keyword (AIDE, DÉBUT, ARRÊT), "en" for another
    keyword, None when it is no keyword."""
    word = whole_word(text or "")
    if word not in rules.KEYWORDS:
        return None
    return "fr" if word in rules.FRENCH_KEYWORDS else "en"
