"""A count, not a fraction: returns how many predictions are right, without dividing by n."""

import numpy as np


def accuracy(y_true: np.ndarray, y_pred: np.ndarray) -> float:
    """The fraction of entries where ``y_pred`` equals ``y_true`` (1-D integer labels)."""
    return int(np.sum(y_true == y_pred))
