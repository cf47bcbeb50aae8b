"""Classification metrics, all read off one table: the confusion matrix.

``C[i, j]`` counts the examples whose true class is ``i`` and predicted class is ``j``; the
diagonal holds the correct answers. For one class ``k``:

- **precision** ``= C[k, k] / sum(C[:, k])``: of everything called ``k``, the fraction that was;
- **recall** ``= C[k, k] / sum(C[k, :])``: of every true ``k``, the fraction that was found;
- **F1** ``= 2 P R / (P + R)``, their harmonic mean: high only when both are;
- **support** ``= sum(C[k, :])``, how many true ``k`` there were.

**The 0/0 convention.** A class that is never predicted has no precision (0/0), a class absent
from ``y_true`` has no recall, and ``P = R = 0`` leaves F1 as 0/0. All of these are defined as
**0.0**, the same as scikit-learn's ``zero_division=0``: a class the model never names earns no
credit. Macro averages are the plain means over all classes, so such a class pulls them down.
Labels may come in any integer dtype; they are widened to int64 first, so a table
index like ``true * k + predicted`` never wraps around in uint8 or int8. Every function takes
O(n + k^2) time for ``n`` labels and ``k`` classes.
"""

import numpy as np

__all__ = ["accuracy", "classification_report", "confusion_matrix", "precision_recall_f1"]


def _labels(y_true, y_pred) -> tuple[np.ndarray, np.ndarray]:
    y_true, y_pred = np.asarray(y_true), np.asarray(y_pred)
    if y_true.ndim != 1 or y_true.shape != y_pred.shape:
        raise ValueError(f"y_true and y_pred must be 1-D of equal length, got shapes "
                         f"{y_true.shape} and {y_pred.shape}")
    if len(y_true) == 0:
        raise ValueError("no labels given: metrics of an empty set are undefined")
    for name, y in (("y_true", y_true), ("y_pred", y_pred)):
        if not np.issubdtype(y.dtype, np.integer):
            raise ValueError(f"{name} must hold integer class labels, got dtype {y.dtype}")
        if y.min() < 0:
            raise ValueError(f"{name} holds a negative label {y.min()}; labels are 0..k-1")
    # arithmetic on labels (true * k + predicted) must not wrap around in a narrow dtype: uint8
    # labels, as the MNIST loader returns them, would wrap around for k >= 17
    return y_true.astype(np.int64), y_pred.astype(np.int64)


def accuracy(y_true, y_pred) -> float:
    """Fraction of predictions equal to the truth.

    >>> accuracy([0, 1, 2, 2], [0, 1, 1, 2])
    0.75
    """
    y_true, y_pred = _labels(y_true, y_pred)
    return float(np.mean(y_true == y_pred))


def confusion_matrix(y_true, y_pred, n_classes: int | None = None) -> np.ndarray:
    """``(k, k)`` counts, rows = true class, columns = predicted class.

    ``n_classes`` defaults to one more than the largest label seen.

    >>> confusion_matrix([0, 1, 1, 2], [0, 1, 0, 0]).tolist()
    [[1, 0, 0], [1, 1, 0], [1, 0, 0]]
    """
    y_true, y_pred = _labels(y_true, y_pred)
    largest = int(max(y_true.max(), y_pred.max()))
    k = largest + 1 if n_classes is None else int(n_classes)
    if largest >= k:
        raise ValueError(f"label {largest} does not fit n_classes={k}; labels must be 0..{k - 1}")
    # each (true, predicted) pair is one cell of a k*k table, numbered true * k + predicted
    return np.bincount(y_true * k + y_pred, minlength=k * k).reshape(k, k)


def _ratio(num: np.ndarray, den: np.ndarray) -> np.ndarray:
    """num / den with 0/0 (and x/0) defined as 0.0."""
    out = np.zeros(len(num), dtype=np.float64)
    np.divide(num, den, out=out, where=den > 0)
    return out


# --8<-- [start:precision-recall-f1]
def precision_recall_f1(y_true, y_pred, n_classes: int | None = None) -> dict[str, np.ndarray]:
    """Per-class ``precision``, ``recall``, ``f1`` (floats) and ``support`` (ints), length k.

    >>> m = precision_recall_f1([0, 0, 1, 2], [0, 1, 1, 1])  # class 2 is never predicted
    >>> m["precision"].tolist(), m["recall"].tolist(), m["support"].tolist()
    ([1.0, 0.3333333333333333, 0.0], [0.5, 1.0, 0.0], [2, 1, 1])
    """
    C = confusion_matrix(y_true, y_pred, n_classes)
    correct = np.diag(C).astype(np.float64)
    precision = _ratio(correct, C.sum(axis=0))
    recall = _ratio(correct, C.sum(axis=1))
    f1 = _ratio(2 * precision * recall, precision + recall)
    return {"precision": precision, "recall": recall, "f1": f1, "support": C.sum(axis=1)}
# --8<-- [end:precision-recall-f1]


def classification_report(y_true, y_pred, n_classes: int | None = None, digits: int = 4) -> str:
    """A text table of per-class precision, recall, F1 and support, then accuracy and macro means.

    >>> print(classification_report([0, 1, 1], [0, 1, 0], digits=2))
        class  precision     recall         f1  support
            0       0.50       1.00       0.67        1
            1       1.00       0.50       0.67        2
    <BLANKLINE>
     accuracy                             0.67        3
    macro avg       0.75       0.75       0.67        3
    """
    y_true, y_pred = _labels(y_true, y_pred)
    m = precision_recall_f1(y_true, y_pred, n_classes)
    w = max(digits + 3, 9)

    def row(label, p, r, f, support):
        cells = [f"{v:>{w}.{digits}f}" if isinstance(v, float) else f"{v:>{w}}"
                 for v in (p, r, f)]
        return f"{label:>9}  " + "  ".join(cells) + f"  {support:>7}"

    lines = [f"{'class':>9}  " + "  ".join(f"{h:>{w}}" for h in ("precision", "recall", "f1"))
             + "  support"]
    for k in range(len(m["support"])):
        lines.append(row(str(k), float(m["precision"][k]), float(m["recall"][k]),
                         float(m["f1"][k]), int(m["support"][k])))
    lines.append("")
    lines.append(row("accuracy", "", "", accuracy(y_true, y_pred), len(y_true)))
    lines.append(row("macro avg", float(m["precision"].mean()), float(m["recall"].mean()),
                     float(m["f1"].mean()), len(y_true)))
    return "\n".join(lines)
