r"""One-hot encoding: turn categories into numbers a linear model can use without inventing order.

Coding the categories ``red, green, blue`` as 0, 1, 2 tells a model that green lies between
red and blue and that blue is "twice" green: nonsense it will happily fit. One-hot coding gives
each category its own 0/1 column instead, so category $c$ of $k$ becomes the $c$-th unit vector
$e_c \in \{0, 1\}^k$. Transform is O(n k) time and space per feature.
"""

import numpy as np

from ml.base import BaseEstimator, TransformerMixin, check_is_fitted

__all__ = ["OneHotEncoder", "one_hot"]


def one_hot(labels, n_classes: int | None = None) -> np.ndarray:
    """Integer labels ``(n,)`` in ``0..k-1`` to a float ``(n, k)`` one-hot matrix.

    >>> one_hot([0, 2, 1]).tolist()
    [[1.0, 0.0, 0.0], [0.0, 0.0, 1.0], [0.0, 1.0, 0.0]]
    """
    labels = np.asarray(labels)
    if labels.ndim != 1 or not np.issubdtype(labels.dtype, np.integer):
        raise ValueError(f"labels must be a 1-D array of integers, got dtype {labels.dtype} and "
                         f"shape {labels.shape}; map other labels with OneHotEncoder")
    if len(labels) and labels.min() < 0:
        raise ValueError(f"labels must be >= 0, got {labels.min()}")
    k = int(labels.max()) + 1 if n_classes is None else int(n_classes)
    if len(labels) and labels.max() >= k:
        raise ValueError(f"label {labels.max()} does not fit n_classes={k}")
    out = np.zeros((len(labels), k))
    out[np.arange(len(labels)), labels] = 1.0
    return out


class OneHotEncoder(TransformerMixin, BaseEstimator):
    """Encode each column of a 2-D array of categories (numbers or strings) as one-hot blocks.

    Learned: ``categories_`` (one sorted array per input column), ``n_features_in_``. Output
    columns are the blocks side by side, in input-column order. A category not seen in ``fit``
    raises ``ValueError`` unless ``handle_unknown="ignore"``, which encodes it as all zeros.

    >>> enc = OneHotEncoder().fit([["red", 1], ["blue", 2], ["red", 3]])
    >>> [c.tolist() for c in enc.categories_]
    [['blue', 'red'], ['1', '2', '3']]
    >>> enc.transform([["blue", 3]]).tolist()
    [[1.0, 0.0, 0.0, 0.0, 1.0]]
    """

    def __init__(self, handle_unknown: str = "error"):
        self.handle_unknown = handle_unknown

    @staticmethod
    def _as_table(X) -> np.ndarray:
        X = np.asarray(X)
        if X.ndim != 2:
            raise ValueError(f"X must be 2-D (n_samples, n_features), got shape {X.shape}; for "
                             "a single column use X.reshape(-1, 1)")
        return X

    def fit(self, X, y=None) -> "OneHotEncoder":
        """Record the sorted categories of each column of ``X`` ``(n, d)``."""
        if self.handle_unknown not in ("error", "ignore"):
            raise ValueError(f"handle_unknown must be 'error' or 'ignore', got "
                             f"{self.handle_unknown!r}")
        X = self._as_table(X)
        self.categories_ = [np.unique(X[:, j]) for j in range(X.shape[1])]
        self.n_features_in_ = X.shape[1]
        return self

    def transform(self, X) -> np.ndarray:
        """``(n, sum of category counts)`` float matrix of 0s and 1s."""
        check_is_fitted(self)
        X = self._as_table(X)
        if X.shape[1] != self.n_features_in_:
            raise ValueError(f"X has {X.shape[1]} columns, but the encoder was fitted with "
                             f"{self.n_features_in_}")
        blocks = []
        for j, cats in enumerate(self.categories_):
            column = X[:, j].astype(cats.dtype)
            pos = np.searchsorted(cats, column).clip(max=len(cats) - 1)
            known = cats[pos] == column
            if not known.all() and self.handle_unknown == "error":
                raise ValueError(f"column {j} has categories not seen in fit: "
                                 f"{np.unique(column[~known]).tolist()}; refit or pass "
                                 "handle_unknown='ignore'")
            block = np.zeros((len(X), len(cats)))
            block[np.flatnonzero(known), pos[known]] = 1.0
            blocks.append(block)
        return np.hstack(blocks)
