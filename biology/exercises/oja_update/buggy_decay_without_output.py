"""Decay not scaled by y^2: w + eta * (y * x - w), a weight decay that does not hold |w| at 1."""

import numpy as np


def oja_update(w: np.ndarray, x: np.ndarray, eta: float) -> np.ndarray:
    y = w @ x
    return w + eta * (y * x - w)
