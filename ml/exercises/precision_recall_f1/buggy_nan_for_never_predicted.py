"""NaN for a class never predicted: divides without the 0/0 convention, so 0/0 gives NaN and
the macro mean becomes NaN."""

import numpy as np


def ratio(num: np.ndarray, den: np.ndarray) -> np.ndarray:
    """``num / den`` entry by entry, with 0 where ``den`` is 0 (the statement's convention)."""
    with np.errstate(divide="ignore", invalid="ignore"):
        return num / den


def precision_recall_f1(y_true: np.ndarray, y_pred: np.ndarray,
                        n_classes: int) -> tuple[float, float, float]:
    """Macro-averaged ``(precision, recall, f1)``; a zero denominator gives 0."""
    C = np.zeros((n_classes, n_classes), dtype=np.int64)  # rows: true class; columns: predicted
    np.add.at(C, (y_true.astype(np.int64), y_pred.astype(np.int64)), 1)
    tp = np.diag(C).astype(np.float64)
    precision = ratio(tp, C.sum(axis=0))  # everything predicted as c
    recall = ratio(tp, C.sum(axis=1))  # everything that truly is c
    f1 = ratio(2 * precision * recall, precision + recall)
    return float(precision.mean()), float(recall.mean()), float(f1.mean())
