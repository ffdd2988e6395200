"""Pieces the concept patterns share: word edges for scripts the whole-word check does not see, and the
Persian zero-width non-joiner.

`patterns.whole_words` only stops a match inside a run of [a-z0-9]; Cyrillic, Arabic, Devanagari and
Gurmukhi words need their own edges when a pattern is short enough to sit inside a longer word ("яд" in
"рядом", "سم" in "اسم", "لا" in "الان"). Data only.
"""

START = r"(?<![\u0400-\u04ff\u0600-\u06ff\u0900-\u0a7f])"  # not inside a Cyrillic, Arabic or Indic word
END = r"(?![\u0400-\u04ff\u0600-\u06ff\u0900-\u0a7f])"
ZWNJ = r"[\u200c ]?"  # a Persian zero-width non-joiner, a space or nothing, as people type it
