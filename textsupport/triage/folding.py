"""Case and accent folding for triage: one definition for the text and for the rules written in any script.

Pure: standard library only.
"""

from __future__ import annotations

import re
import unicodedata

_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_UNDECOMPOSED = str.maketrans({"ı": "i", "ł": "l", "đ": "d"})
_OTHER_DIGIT = re.compile(r"(?![0-9])\d")  # a decimal digit of another script: Arabic "٨", Devanagari "८"


def fold(text: str) -> str:
    """Lower case without accents or ligatures, with every script's digits as 0-9: "ARRÊT" -> "arret",
    "SŒUR" -> "soeur", "٨٠٠" -> "800" (a dose or a count reads the same in any script), "ı", "ł" and "đ" as
    "i", "l" and "d"."""
    if text.isascii():
        return text.lower()  # the same as casefold for ASCII, and much faster than the loop below
    decomposed = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    folded = _OTHER_DIGIT.sub(lambda digit: str(unicodedata.decimal(digit.group())), folded)
    # letters with no decomposition, as people type them without their keyboard: Turkish "ı" as "i", Polish
    # "ł" as "l", Vietnamese "đ" as "d" ("kollarımı" and "kollarimi", "połknęłam" and "polknelam" are one)
    folded = folded.translate(_UNDECOMPOSED)
    # the French ligatures, which have no decomposition: "sœur" -> "soeur" (not "s", "œ" and a word "ur")
    return folded.replace("œ", "oe").replace("æ", "ae") if "œ" in folded or "æ" in folded else folded


def folded_pattern(pattern: str) -> str:
    """A pattern with its non-ASCII words folded as the text will be ("أقتل" -> "اقتل", "й" -> "и");
    its ASCII regex syntax (\\W, \\S, ...) is left as written."""
    return _NON_ASCII.sub(lambda match: fold(match.group()), pattern)


def folded_alternatives(*patterns: str) -> tuple[str]:
    """These alternatives as one pattern, folded (`folded_pattern`): a cue written one language a line."""
    return (folded_pattern("|".join(patterns)),)
