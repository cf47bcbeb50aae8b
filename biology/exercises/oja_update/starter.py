"""Oja's rule: one update of a linear neuron's weights for one input.

Write ``oja_update``: the neuron's output is y = w . x; return the new weights
w + eta * y * (x - y * w).
"""

import numpy as np


def oja_update(w: np.ndarray, x: np.ndarray, eta: float) -> np.ndarray:
    """Return the weights after one Oja update.

    w: (d,) float weights; x: (d,) float input; eta: learning rate. Returns a new (d,) array.
    """
    raise NotImplementedError("write your solution here")
