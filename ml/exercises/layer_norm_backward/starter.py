"""The backward pass of layer normalisation: dx, dgamma and dbeta.

Write ``layer_norm_backward``. Each last-axis vector of ``x`` is normalised with its own mean and
variance, and both depend on every feature of that vector.
"""

import numpy as np


def layer_norm_backward(x: np.ndarray, gamma: np.ndarray, dout: np.ndarray,
                        eps: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``(dx, dgamma, dbeta)`` for ``y = gamma * (x - mu) / sqrt(var + eps) + beta`` over the
    last axis; ``dx`` has the shape of ``x``, ``dgamma`` and ``dbeta`` the shape ``(d,)``."""
    raise NotImplementedError("write your solution here")
