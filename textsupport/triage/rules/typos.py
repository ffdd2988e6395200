"""Typos for triage: rewrites of misspellings (VARIANTS) and the words worth correcting by one edit (FUZZY).

Replies are typed fast, on phones, in distress: "voises telin me", "the deth of me", "my rommate". Two
layers, both applied by `triage.classifier.normalise` before the rules and the model read the text:

- VARIANTS: misspellings too far from their word for one edit, or too short to correct by distance,
  rewritten as regexes over normalised text (same conventions as `rules.lexicon.VARIANTS`).
- FUZZY: long words that matter to triage. A token one edit (a letter dropped, added, changed or two
  swapped) from one of them is read as it (`triage.spelling`), unless it is a real word of its own
  (KEEP) or a form of the same word ("voice", "overdosed"). Only words whose one-edit neighbours are
  almost never real words belong here: "telling" (yelling, selling) and "death" (depth) do not.
"""

from __future__ import annotations

# fmt: off
VARIANTS = (
    # the endings people drop or double: "telin", "sendin", "geting", "comming"
    (r"(tell|tel|sen|send|say|talk|watch|follow|listen|look|com|hear|mak|tak|wait|hid|lov|giv|shak|screw)"
     r"(?:in|ing|inn)", r"\1ing"),
    (r"telling|tellling|teling|tellng", "telling"),
    (r"sening|sendng", "sending"),
    (r"comeing|comming", "coming"),
    (r"makeing", "making"),
    (r"geting|gettin|getin", "getting"),
    (r"fite|figt|fihgt|fght", "fight"),
    (r"fiting|fiteing|fighitng", "fighting"),
    (r"wen|wehn|whn", "when"),
    (r"deth|deaht|daeth|deeth", "death"),
    (r"agen|agin|agian|agn", "again"),
    (r"tonihgt|toniht|tonigt|2night", "tonight"),
    (r"maks", "makes"),
    # Quebec French "pu" for "plus" (no more), but not the past participle of pouvoir ("j ai pu")
    (r"(?<!ai )(?<!as )(?<!a )(?<!avons )(?<!avez )(?<!ont )(?<!aurait )(?<!aurais )pu", "plus"),
    (r"wnat|wan", "want"),
    (r"dieing", "dying"),
)

# long words that matter, corrected within one edit
FUZZY = (
    "voices", "myself", "suicide", "suicidal", "overdose", "tonight", "tomorrow", "roommate", "goodbye",
    "everything", "everyone", "anymore", "messages", "government", "hospital", "medication", "prescription",
    "ibuprofen", "tylenol", "acetaminophen", "seroquel", "lorazepam", "clonazepam", "lithium", "clozapine",
    "fentanyl", "oxycodone", "percocet", "gabapentin", "trazodone", "quetiapine", "sertraline", "neighbour",
    "kidding", "whatever", "somebody", "someone", "nobody", "disappear", "knives", "razors", "rifle",
    "shotgun",
)
# real words one edit from a FUZZY word: never corrected
KEEP = frozenset((
    "voiced", "voicer", "vices", "messaged", "massages", "meditation", "proscription", "bidding", "ridding",
    "kiddies", "knaves", "riffle", "trifle", "rife",
))
MIN_LENGTH = 5  # shorter tokens are never corrected by distance: too many real words lie one edit apart
# fmt: on
