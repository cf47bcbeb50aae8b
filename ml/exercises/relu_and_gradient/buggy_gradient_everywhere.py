"""Gradient 1 everywhere: treats ReLU as the identity, so switched-off neurons still pass
gradient."""

import numpy as np


def relu(z: np.ndarray) -> np.ndarray:
    return np.maximum(z, 0.0)


def relu_gradient(z: np.ndarray) -> np.ndarray:
    return np.ones_like(z, dtype=np.float64)
