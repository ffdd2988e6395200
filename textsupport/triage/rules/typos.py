"""Typos for triage: rewrites of misspellings (VARIANTS) and the words worth correcting by one edit (FUZZY).

Replies are typed fast, on phones, in distress: "voises telin me", "the deth of me", "my rommate". Two
layers, both applied by `triage.classifier.normalise` before the rules and the model read the text:

- WORDS: misspellings too far from their word for one edit, or too short to correct by distance,
  token by token (VARIANTS: the few that need their neighbours, as regexes like `rules.rewrites.VARIANTS`).
- FUZZY: long words that matter to triage. A token one edit (a letter dropped, added, changed or two
  swapped) from one of them is read as it (`triage.spelling`), unless it is a real word of its own
  (KEEP) or a form of the same word ("voice", "overdosed"). Only words whose one-edit neighbours are
  almost never real words belong here: "telling" (yelling, selling) and "death" (depth) do not.
"""

from __future__ import annotations

# misspellings too far from their word for one edit, or too short to correct by distance: token -> word
_STEMS = {  # the endings people drop or double: "telin", "sendin", "comin"
    "tell": "telling",
    "tel": "telling",
    "sen": "sending",
    "send": "sending",
    "say": "saying",
    "talk": "talking",
    "watch": "watching",
    "follow": "following",
    "listen": "listening",
    "look": "looking",
    "com": "coming",
    "hear": "hearing",
    "mak": "making",
    "tak": "taking",
    "wait": "waiting",
    "hid": "hiding",
    "lov": "loving",
    "giv": "giving",
    "shak": "shaking",
    "screw": "screwing",
}
WORDS = {
    **{stem + ending: word for stem, word in _STEMS.items() for ending in ("in", "ing", "inn")},
    **dict.fromkeys(("tellling", "teling", "tellng"), "telling"),
    **dict.fromkeys(("sening", "sendng"), "sending"),
    **dict.fromkeys(("comeing", "comming"), "coming"),
    "makeing": "making",
    **dict.fromkeys(("geting", "gettin", "getin"), "getting"),
    **dict.fromkeys(("fite", "figt", "fihgt", "fght"), "fight"),
    **dict.fromkeys(("fiting", "fiteing", "fighitng"), "fighting"),
    **dict.fromkeys(("wen", "wehn", "whn"), "when"),
    **dict.fromkeys(("deth", "deaht", "daeth", "deeth"), "death"),
    **dict.fromkeys(("agen", "agin", "agian", "agn"), "again"),
    **dict.fromkeys(("tonihgt", "toniht", "tonigt", "2night"), "tonight"),
    "maks": "makes",
    **dict.fromkeys(("wnat", "wan"), "want"),
    "dieing": "dying",
}
# rewrites that need their neighbours (regex, replacement), as `rules.rewrites.VARIANTS`
VARIANTS = (
    # Quebec French "pu" for "plus" (no more), but not the past participle of pouvoir ("j ai pu")
    (r"(?<!ai )(?<!as )(?<!a )(?<!avons )(?<!avez )(?<!ont )(?<!aurait )(?<!aurais )pu", "plus"),
)

# fmt: off
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
