"""A neuron's weighted sum: each input times its weight, added up, plus the bias."""

import numpy as np


def weighted_sum(x: np.ndarray, w: np.ndarray, b: float) -> float:
    """Return ``z = w . x + b`` for inputs ``x`` (d,), weights ``w`` (d,) and bias ``b``.

    The dot product multiplies entry by entry and adds in one call; the bias is added once, to
    the total, not to every product. No activation: ``z`` may be negative.
    """
    return float(np.dot(w, x) + b)
