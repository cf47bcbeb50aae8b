"""The confusion matrix: rows are true classes, columns predicted classes, entries counts."""

import numpy as np


def confusion_matrix(y_true: np.ndarray, y_pred: np.ndarray, n_classes: int) -> np.ndarray:
    """``(n_classes, n_classes)`` integer counts: ``C[i, j]`` = true ``i`` predicted as ``j``."""
    C = np.zeros((n_classes, n_classes), dtype=np.int64)
    # add.at counts every example; C[y_true, y_pred] += 1 would count a repeated pair once
    np.add.at(C, (y_true.astype(np.int64), y_pred.astype(np.int64)), 1)
    return C
