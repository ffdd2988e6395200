"""Digits of every script read as 0-9: a count or a dose written in Arabic or Devanagari digits is the
same reply as in ASCII ones (folding.fold), for the rules and for the model."""

import pytest

from textsupport.triage import classify
from textsupport.triage.folding import fold

SCRIPTS = {
    "Arabic-Indic": "٠١٢٣٤٥٦٧٨٩",
    "Persian": "۰۱۲۳۴۵۶۷۸۹",
    "Devanagari": "०१२३४५६७८९",
    "Gurmukhi": "੦੧੨੩੪੫੬੭੮੯",
    "Bengali": "০১২৩৪৫৬৭৮৯",
}
REPLIES = [
    "took 30 pills",
    "how many 800mg would do it",
    "is 50 tylenol enough",
    "i have 30 pills saved up",
    "20 sleeping pills and vodka",
    "how many 200 mg seroquel to not wake up",
    "tengo 60 pastillas guardadas",
    "took 2 of my pills like the doc said",
]


def test_fold_writes_every_script_s_digits_as_ascii():
    assert fold("الـ٨٠٠ ملغ") == "الـ800 ملغ" and fold("८०० MG") == "800 mg" and fold("３０") == "30"


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("text", REPLIES)
def test_a_reply_with_another_script_s_digits_is_read_as_with_ascii_ones(text, script):
    other = classify(text.translate(str.maketrans("0123456789", SCRIPTS[script])))
    ascii_ = classify(text)
    assert (other.level, other.reasons) == (ascii_.level, ascii_.reasons)
