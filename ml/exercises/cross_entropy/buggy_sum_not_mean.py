"""Missing 1/n: sums the per-example losses instead of averaging them."""

import numpy as np


def cross_entropy(P: np.ndarray, y: np.ndarray) -> float:
    return float(-np.sum(np.log(P[np.arange(len(y)), y])))
