"""Out-of-fold probabilities for the triage model, where the rows a fold learns from may be fewer than the
rows it predicts (`scripts/triage_training.py`).

scikit-learn's `cross_val_predict` fits each fold on all the rows outside it. Here each fold's model is
fitted only on the rows outside it that are taught (`taught[i]`), and still predicts every row inside it:
a reply the rules alone read as crisis need not teach the model (its verdict needs no model), but the
model's score for it is still measured. The folds run side by side on `TRAIN_JOBS` cores (default 2).
"""

from __future__ import annotations

import os

import numpy as np
from joblib import Parallel, delayed
from sklearn.base import clone
from sklearn.model_selection import LeaveOneGroupOut, StratifiedKFold

JOBS = int(os.environ.get("TRAIN_JOBS", "2"))


def splits(labels: list[int], k: int, seed: int, groups: list[str] | None = None):
    """(train, test) position arrays: stratified k-fold, or one fold per group when groups are given."""
    positions = np.zeros(len(labels))
    if groups is None:
        return list(StratifiedKFold(n_splits=k, shuffle=True, random_state=seed).split(positions, labels))
    return list(LeaveOneGroupOut().split(positions, labels, groups=groups))


def _one(pipeline, texts, labels, taught, train, test) -> tuple[np.ndarray, np.ndarray]:
    """Fit a copy of the pipeline on the taught rows of `train`; the probabilities of every `test` row."""
    learning = [i for i in train if taught[i]]
    fitted = clone(pipeline).fit([texts[i] for i in learning], [labels[i] for i in learning])
    classes = list(fitted.classes_)
    probabilities = np.zeros((len(test), 3))
    probabilities[:, classes] = fitted.predict_proba([texts[i] for i in test])
    return test, probabilities


def predict(pipeline, texts, labels, taught: list[bool], folds) -> np.ndarray:
    """Probabilities (one row per text, classes 0, 1, 2) from a model trained without the text's fold."""
    predicted = np.zeros((len(texts), 3))
    runs = Parallel(n_jobs=JOBS)(delayed(_one)(pipeline, texts, labels, taught, tr, te) for tr, te in folds)
    for test, probabilities in runs:
        predicted[test] = probabilities
    return predicted
