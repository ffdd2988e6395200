"""Triage of one SMS reply: pure (standard library only, no database, Flask or network).

`classify(text)` gives a `Verdict`: the keyword family, the level (`Level`) and the reasons. The rules
live in `rules/` as data, the learned second opinion in `model.py` with its weights in `model.json`.
Training is not here: see `scripts/train_triage_model.py` (scikit-learn, a dev-only dependency).
"""

from textsupport.triage.classifier import keyword
from textsupport.triage.decision import classify
from textsupport.triage.levels import LEVELS, Level
from textsupport.triage.verdict import Verdict

__all__ = ["LEVELS", "Level", "Verdict", "classify", "keyword"]
