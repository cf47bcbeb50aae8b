"""Repeats lost: ``C[y_true, y_pred] += 1`` writes each distinct (true, predicted) cell once, so a
pair that occurs many times counts as 1."""

import numpy as np


def confusion_matrix(y_true: np.ndarray, y_pred: np.ndarray, n_classes: int) -> np.ndarray:
    """``(n_classes, n_classes)`` integer counts: ``C[i, j]`` = true ``i`` predicted as ``j``."""
    C = np.zeros((n_classes, n_classes), dtype=np.int64)
    C[y_true, y_pred] += 1
    return C
