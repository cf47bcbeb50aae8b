"""Rows and columns swapped: im2col lays each window out kernel column by kernel column,
so it no longer lines up with ``w.reshape(c_out, -1)``."""

import numpy as np


def im2col(x: np.ndarray, kh: int, kw: int) -> np.ndarray:
    """Every ``kh x kw`` window of ``x`` (n, c, h, w) as one row: shape (n*oh*ow, c*kh*kw).

    Rows: image, then output row, then output column. Within a row: channel, then kernel row,
    then kernel column. Time and space O(n * oh * ow * c * kh * kw).
    """
    n, c, h, w = x.shape
    oh, ow = h - kh + 1, w - kw + 1
    cols = np.empty((n, oh, ow, c, kw, kh), dtype=x.dtype)
    for p in range(kh):  # entry (p, q) of every window at once: a shifted slice of the image
        for q in range(kw):
            cols[..., q, p] = x[:, :, p : p + oh, q : q + ow].transpose(0, 2, 3, 1)
    return cols.reshape(n * oh * ow, c * kh * kw)


def conv2d(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    """Convolve ``x`` (n, c, h, w) with filters ``w`` (c_out, c, kh, kw): (n, c_out, oh, ow).

    No kernel flip, stride 1, no padding, no bias.
    """
    n, _, h, width = x.shape
    c_out, _, kh, kw = w.shape
    oh, ow = h - kh + 1, width - kw + 1
    y = im2col(x, kh, kw) @ w.reshape(c_out, -1).T  # (n*oh*ow, c_out), rows in im2col order
    return y.reshape(n, oh, ow, c_out).transpose(0, 3, 1, 2)
