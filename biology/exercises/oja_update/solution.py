"""Oja's rule: one update of a linear neuron's weights for one input."""

import numpy as np


def oja_update(w: np.ndarray, x: np.ndarray, eta: float) -> np.ndarray:
    """Return w + eta * y * (x - y * w), with y = w . x the neuron's output.

    The Hebbian term y x strengthens weights whose input fires with the output; the decay
    y^2 w, local to the neuron, keeps |w| near 1.
    """
    y = w @ x
    return w + eta * y * (x - y * w)
