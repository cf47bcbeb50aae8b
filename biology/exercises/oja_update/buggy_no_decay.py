"""No decay term: plain Hebb, w + eta * y * x, whose length grows without bound."""

import numpy as np


def oja_update(w: np.ndarray, x: np.ndarray, eta: float) -> np.ndarray:
    y = w @ x
    return w + eta * y * x
