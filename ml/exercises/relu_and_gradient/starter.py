"""ReLU and its gradient, entry by entry (the statement has both formulas).

Write ``relu`` and ``relu_gradient`` below; numpy is available as ``np``.
"""

import numpy as np


def relu(z: np.ndarray) -> np.ndarray:
    """Return max(0, z) entry by entry, as a new array of z's shape; leave z unchanged."""
    raise NotImplementedError("write your solution here")


def relu_gradient(z: np.ndarray) -> np.ndarray:
    """Return d relu / dz at each entry of z: 1.0 where z > 0, else 0.0 (same shape as z)."""
    raise NotImplementedError("write your solution here")
