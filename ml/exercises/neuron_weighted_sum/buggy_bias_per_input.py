"""Bias added to every product: sum(w * x + b) adds b d times instead of once."""

import numpy as np


def weighted_sum(x: np.ndarray, w: np.ndarray, b: float) -> float:
    return float(np.sum(w * x + b))
