"""A dense layer's backward pass: dX, dW and db from the gradient dY of its output.

Write ``dense_backward`` below; numpy is available as ``np``.
"""

import numpy as np


def dense_backward(
    X: np.ndarray, W: np.ndarray, dY: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return (dX (n, d_in), dW (d_in, d_out), db (d_out,)) for Y = X W + b and dY = dL/dY."""
    raise NotImplementedError("write your solution here")
