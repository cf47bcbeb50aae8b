"""Precision, recall and F1 of each class, then their plain (macro) means over the classes."""

import numpy as np


def precision_recall_f1(y_true: np.ndarray, y_pred: np.ndarray,
                        n_classes: int) -> tuple[float, float, float]:
    """Macro-averaged ``(precision, recall, f1)``; a zero denominator gives 0."""
    raise NotImplementedError("write your solution here")
