"""Bias forgotten: returns w . x without adding b."""

import numpy as np


def weighted_sum(x: np.ndarray, w: np.ndarray, b: float) -> float:
    return float(np.dot(w, x))
