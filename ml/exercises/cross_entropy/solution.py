"""Cross-entropy: the mean over a batch of -log(probability of the true class)."""

import numpy as np


def cross_entropy(P: np.ndarray, y: np.ndarray) -> float:
    """Return -mean_i log P[i, y[i]] for probabilities P (n, k) and integer labels y (n,).

    Only the true class's probability is looked up, one per row, so zeros elsewhere in a row
    never reach the log.
    """
    true_class = P[np.arange(len(y)), y]  # shape (n,)
    return float(-np.mean(np.log(true_class)))
