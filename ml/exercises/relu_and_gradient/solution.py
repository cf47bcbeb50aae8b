"""ReLU and its gradient, entry by entry."""

import numpy as np


def relu(z: np.ndarray) -> np.ndarray:
    """Return max(0, z) entry by entry, as a new array of z's shape; leave z unchanged."""
    return np.maximum(z, 0.0)  # allocates the result: z itself is needed again by backward


def relu_gradient(z: np.ndarray) -> np.ndarray:
    """Return d relu / dz at each entry of z: 1.0 where z > 0, else 0.0 (same shape as z).

    The slope is read from the *input* z; at the kink z = 0 it is taken as 0.
    """
    return (z > 0).astype(np.float64)
