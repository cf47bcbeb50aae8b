"""A neuron's weighted sum: each input times its weight, added up, plus the bias.

Write ``weighted_sum`` below (numpy is available as ``np``); the statement has the formula.
"""

import numpy as np


def weighted_sum(x: np.ndarray, w: np.ndarray, b: float) -> float:
    """Return ``z = w . x + b`` for inputs ``x`` (d,), weights ``w`` (d,) and bias ``b``."""
    raise NotImplementedError("write your solution here")
