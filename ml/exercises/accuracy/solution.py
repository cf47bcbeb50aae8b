"""Accuracy: the fraction of predictions that equal the true class."""

import numpy as np


def accuracy(y_true: np.ndarray, y_pred: np.ndarray) -> float:
    """The fraction of entries where ``y_pred`` equals ``y_true`` (1-D integer labels)."""
    return float(np.mean(y_true == y_pred))  # the mean of booleans is the fraction of True
