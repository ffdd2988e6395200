"""The triage model's features as scikit-learn reads them in training (`scripts/triage_training.py`).

Each text becomes a sparse row of the binary features of `textsupport.triage.model.features` (words, word
pairs and character n-grams outside the guarded clauses; words and word pairs inside them), scaled to
1/sqrt(its feature count) exactly as inference scales it. A row may be a pair (what it teaches, what is
read): fitting learns from the first, predicting reads the second (`triage_training.training_text`).
"""

from __future__ import annotations

import math
from collections import Counter

from scipy.sparse import csr_matrix
from sklearn.base import BaseEstimator, TransformerMixin

from textsupport.triage.model import features


def taught(item) -> str:
    """The text a row teaches the model: the first of a pair, or the text itself."""
    return item[0] if isinstance(item, tuple) else item


def read(item) -> str:
    """The text the model reads for a row, as at inference: the second of a pair, or the text itself."""
    return item[1] if isinstance(item, tuple) else item


class FeatureRows(BaseEstimator, TransformerMixin):
    """Texts to sparse rows of the model's features, scaled as inference scales them."""

    def __init__(self, min_docs: int, kinds: str) -> None:
        self.min_docs = min_docs
        self.kinds = kinds

    def fit(self, texts, labels=None) -> FeatureRows:
        """Keep the features of the chosen kinds seen in at least `min_docs` of the texts taught."""
        counts = Counter(name for text in texts for name in features(taught(text)) if name[0] in self.kinds)
        kept = sorted(name for name, count in counts.items() if count >= self.min_docs)
        self.vocabulary_ = {name: i for i, name in enumerate(kept)}
        return self

    def fit_transform(self, texts, labels=None, **params) -> csr_matrix:
        """Fit, then the rows of what each text teaches."""
        return self.fit(texts)._rows([taught(text) for text in texts])

    def transform(self, texts) -> csr_matrix:
        """The rows of what the model reads of each text."""
        return self._rows([read(text) for text in texts])

    def _rows(self, texts) -> csr_matrix:
        """One row per text: 1/sqrt(n) on each known feature, n counting every feature of the text."""
        indptr, indices, values = [0], [], []
        for text in texts:
            names = features(text)
            scale = 1.0 / math.sqrt(len(names)) if names else 0.0
            known = sorted(self.vocabulary_[name] for name in names if name in self.vocabulary_)
            indices.extend(known)
            values.extend([scale] * len(known))
            indptr.append(len(indices))
        return csr_matrix((values, indices, indptr), shape=(len(texts), len(self.vocabulary_)))
