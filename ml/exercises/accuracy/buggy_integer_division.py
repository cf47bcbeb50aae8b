"""Integer division: ``correct // n`` rounds every fraction below 1 down to 0."""

import numpy as np


def accuracy(y_true: np.ndarray, y_pred: np.ndarray) -> float:
    """The fraction of entries where ``y_pred`` equals ``y_true`` (1-D integer labels)."""
    return int(np.sum(y_true == y_pred)) // len(y_true)
