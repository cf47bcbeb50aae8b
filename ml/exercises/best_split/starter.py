"""The best split of one feature: the threshold t for "x <= t" with the least weighted Gini
impurity of the two sides.

Write ``best_split(x, y)`` returning ``(threshold, impurity)``: thresholds are midpoints between
consecutive different values; ties go to the smallest threshold.
"""

import numpy as np


def best_split(x: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """The best threshold for ``x <= t`` and its weighted Gini impurity.

    ``x`` is ``(n,)`` floats with at least two different values, ``y`` is ``(n,)`` int labels.
    """
    raise NotImplementedError("write your solution here")
