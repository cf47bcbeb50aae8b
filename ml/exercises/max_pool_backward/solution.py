"""The backward pass of max pooling: route each window's gradient to the input that won it.

A window's maximum moves with its winner only, so the winner gets the whole gradient and the
rest of the window 0. Ties go to the first maximum (``argmax``), a valid subgradient.
"""

import numpy as np


def max_pool_backward(x: np.ndarray, dout: np.ndarray, size: int) -> np.ndarray:
    """``dL/dx`` (shape of ``x``, (n, c, h, w)) from ``dout = dL/dy`` (n, c, h//size, w//size).

    Time and space O(n * c * h * w).
    """
    n, c, h, w = x.shape
    oh, ow = h // size, w // size
    covered = x[:, :, : oh * size, : ow * size]
    # (n, c, oh, ow, size*size): one row-major window per (r, s)
    windows = covered.reshape(n, c, oh, size, ow, size).transpose(0, 1, 2, 4, 3, 5)
    windows = windows.reshape(n, c, oh, ow, size * size)
    winner = windows.argmax(axis=-1)  # the first maximum: a tie is paid once
    dwin = np.zeros(windows.shape, dtype=dout.dtype)
    np.put_along_axis(dwin, winner[..., None], dout[..., None], axis=-1)
    dx = np.zeros(x.shape, dtype=dout.dtype)  # uncovered rows and columns keep 0
    dx[:, :, : oh * size, : ow * size] = dwin.reshape(n, c, oh, ow, size, size).transpose(
        0, 1, 2, 4, 3, 5).reshape(n, c, oh * size, ow * size)
    return dx
