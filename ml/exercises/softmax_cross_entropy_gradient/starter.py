"""The gradient of the mean softmax cross-entropy with respect to the logits: (P - Y) / n.

Write ``softmax_cross_entropy_gradient`` below; numpy is available as ``np``.
"""

import numpy as np


def softmax_cross_entropy_gradient(Z: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Return dL/dZ (n, k) for logits Z (n, k), integer labels y (n,) and L the mean loss."""
    raise NotImplementedError("write your solution here")
