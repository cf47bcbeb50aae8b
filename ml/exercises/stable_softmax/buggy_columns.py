"""Wrong axis: normalises each column (axis=0) instead of each row, so rows do not sum to 1."""

import numpy as np


def softmax(Z: np.ndarray) -> np.ndarray:
    e = np.exp(Z - Z.max(axis=0, keepdims=True))
    return e / e.sum(axis=0, keepdims=True)
