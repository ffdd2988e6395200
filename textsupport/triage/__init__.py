"""Triage of one SMS reply: pure (standard library only, no database, Flask or network).

`classify(text, context=None)` gives a `Verdict`: the keyword family, the level (`Level`) and the reasons;
the context is the last text we sent that person (`Context`), when the reply answers it. The rules
live in `rules/` as data, the learned second opinion in `model.py` with its weights in `model.json`.
Training is not here: see `scripts/train_triage_model.py` (scikit-learn, a dev-only dependency).
"""

from textsupport.triage.context import Context
from textsupport.triage.decision import classify
from textsupport.triage.keywords import keyword, keyword_language
from textsupport.triage.levels import LEVELS, Level
from textsupport.triage.verdict import Verdict

__all__ = ["LEVELS", "Context", "Level", "Verdict", "classify", "keyword", "keyword_language"]
