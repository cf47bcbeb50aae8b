"""Labels assumed to be 0..c-1: ``np.bincount`` fails on a negative label and builds a table as
long as the largest label (10**9 entries) for a large one."""

import numpy as np


def gini(y: np.ndarray) -> float:
    p = np.bincount(y) / len(y)
    return float(1.0 - np.sum(p * p))
