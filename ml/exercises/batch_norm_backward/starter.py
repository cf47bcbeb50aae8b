"""The backward pass of batch normalisation in training mode: dx, dgamma and dbeta.

Write ``batch_norm_backward``. ``x`` is (n, d) (statistics per column) or (n, c, h, w)
(statistics per channel, over the images and all positions). Remember that the batch mean and
variance depend on ``x`` too.
"""

import numpy as np


def batch_norm_backward(x: np.ndarray, gamma: np.ndarray, dout: np.ndarray,
                        eps: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``(dx, dgamma, dbeta)`` for ``y = gamma * (x - mu) / sqrt(var + eps) + beta``.

    ``dout`` and ``dx`` have the shape of ``x``; ``dgamma`` and ``dbeta`` that of ``gamma``.
    """
    raise NotImplementedError("write your solution here")
