"""A 2-D convolution (stride 1, no padding) as one matrix product, by im2col.

Write ``im2col`` first, then ``conv2d`` with it. Shapes are NCHW: ``x`` is (n, c, h, w) and the
filters ``w`` are (c_out, c, kh, kw). The statement has the exact row and column order.
"""

import numpy as np


def im2col(x: np.ndarray, kh: int, kw: int) -> np.ndarray:
    """Every ``kh x kw`` window of ``x`` (n, c, h, w) as one row: shape (n*oh*ow, c*kh*kw).

    Rows: image, then output row, then output column. Within a row: channel, then kernel row,
    then kernel column.
    """
    raise NotImplementedError("write im2col here")


def conv2d(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    """Convolve ``x`` (n, c, h, w) with filters ``w`` (c_out, c, kh, kw): (n, c_out, oh, ow).

    Use ``im2col``; no kernel flip, stride 1, no padding, no bias.
    """
    raise NotImplementedError("write conv2d here")
