r"""Impurity: how mixed the targets in a tree node are, the quantity a split tries to reduce.

A node's targets are summarised by summing one row per sample of a *target matrix*:

- classification: the one-hot labels, so the sum is the class counts $c_1..c_k$ (with $n =
  \sum c_j$ samples and proportions $p_j = c_j / n$);
- regression: the row $(1, y, y^2)$, so the sum is $(n, \sum y, \sum y^2)$.

From those sums, each criterion gives the node's impurity **times its sample count** (the
weight it carries in the parent's average), so a split's cost is just left + right:

- ``gini``: $n\,(1 - \sum_j p_j^2) = n - \sum_j c_j^2 / n$, the chance that two samples drawn
  with replacement disagree;
- ``entropy``: $n\,(-\sum_j p_j \log p_j) = n \log n - \sum_j c_j \log c_j$, the information
  (in nats) needed to name the class;
- ``squared_error``: $\sum (y - \bar y)^2 = \sum y^2 - (\sum y)^2 / n$, the node's total squared
  error around its mean (its variance times $n$). The two terms are huge and nearly equal when
  $y$ sits far from zero, so ``DecisionTreeRegressor`` subtracts the mean target first.

All three are zero for a pure node. Summing targets is what makes split search fast: the sums
for every "first i samples in sorted order" split come from one cumulative sum. Each function
is O(size of its input).
"""

import numpy as np

__all__ = ["CLASSIFICATION", "REGRESSION", "target_matrix", "weighted_impurity"]

CLASSIFICATION = ("gini", "entropy")
REGRESSION = ("squared_error",)


def target_matrix(y: np.ndarray, criterion: str, n_classes: int = 0) -> np.ndarray:
    """One row per sample whose sums summarise a node: one-hot labels or ``(1, y, y^2)``.

    >>> target_matrix(np.array([0, 2]), "gini", n_classes=3).tolist()
    [[1.0, 0.0, 0.0], [0.0, 0.0, 1.0]]
    >>> target_matrix(np.array([3.0]), "squared_error").tolist()
    [[1.0, 3.0, 9.0]]
    """
    if criterion in CLASSIFICATION:
        return np.eye(n_classes)[y]
    if criterion in REGRESSION:
        y = y.astype(np.float64)
        return np.column_stack([np.ones_like(y), y, y * y])
    raise ValueError(f"unknown criterion {criterion!r}; use one of "
                     f"{CLASSIFICATION + REGRESSION}")


def weighted_impurity(sums: np.ndarray, criterion: str) -> np.ndarray:
    """``n * impurity`` from target sums ``(m, ...)``; returns shape ``(...)``.

    The target axis comes first so that, for a batch of candidate splits laid out as
    ``(m, positions, features)``, each reduction adds whole contiguous blocks.

    >>> float(weighted_impurity(np.array([2.0, 2.0]), "gini"))   # 4 * (1 - 0.25 - 0.25)
    2.0
    >>> round(float(weighted_impurity(np.array([1.0, 1.0]), "entropy")), 6)  # 2 * log 2
    1.386294
    >>> float(weighted_impurity(np.array([2.0, 4.0, 10.0]), "squared_error"))  # y = 1, 3
    2.0
    """
    if criterion == "squared_error":
        n, s, q = sums[0], sums[1], sums[2]
        # rounding can leave a tiny negative remainder for a constant node
        return np.maximum(q - s * s / np.maximum(n, 1e-300), 0.0)
    n = sums.sum(axis=0)
    if criterion == "gini":
        square_sum = np.einsum("m...,m...->...", sums, sums)
        return n - square_sum / np.maximum(n, 1e-300)
    if criterion == "entropy":
        with np.errstate(divide="ignore", invalid="ignore"):
            c_log_c = np.where(sums > 0, sums * np.log(sums), 0.0).sum(axis=0)
            n_log_n = np.where(n > 0, n * np.log(n), 0.0)
        return n_log_n - c_log_c
    raise ValueError(f"unknown criterion {criterion!r}")
