"""Whole columns: P[:, y] picks column y[j] for every row (an (n, n) array), not one entry per
row."""

import numpy as np


def cross_entropy(P: np.ndarray, y: np.ndarray) -> float:
    return float(-np.mean(np.log(P[:, y])))
