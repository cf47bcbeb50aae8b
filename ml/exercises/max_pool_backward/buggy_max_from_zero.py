"""Max from zero: the running maximum starts at 0 instead of the window's first entry, so a
window of negative values has no winner and its gradient is lost."""

import numpy as np


def max_pool_backward(x: np.ndarray, dout: np.ndarray, size: int) -> np.ndarray:
    n, c, h, w = x.shape
    oh, ow = h // size, w // size
    dx = np.zeros(x.shape, dtype=dout.dtype)
    for i in range(n):
        for k in range(c):
            for r in range(oh):
                for s in range(ow):
                    best, where = 0.0, None
                    for p in range(size):
                        for q in range(size):
                            if x[i, k, r * size + p, s * size + q] > best:
                                best, where = x[i, k, r * size + p, s * size + q], (p, q)
                    if where is not None:
                        dx[i, k, r * size + where[0], s * size + where[1]] += dout[i, k, r, s]
    return dx
