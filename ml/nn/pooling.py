"""Max pooling shrinks feature maps; Flatten turns them into rows for a Dense layer.

**MaxPool2D** keeps the largest value in each ``size x size`` window (moved by ``stride``, by
default ``size``, so windows tile the map). It halves a 28x28 map to 14x14 with ``size=2`` and
makes the features a little insensitive to small shifts. It has no parameters. Its gradient is
the derivative of ``max``: the whole incoming gradient goes to the one input that won each
window, and the others get zero. Where windows overlap (``stride < size``) an input that wins
several windows collects the sum. A tie sends the gradient to the first maximum (row-major), a
valid subgradient. Time O(n * c * oh * ow * size**2) per pass.

Both passes loop over the ``size**2`` offsets inside a window, never over the windows: the
entries at offset ``(p, q)`` of every window form one strided view of the input,
``x[:, :, p::stride, q::stride]``, so the maximum is ``size**2 - 1`` element-wise ``maximum``
calls on those views, with no copy of the windows and no index bookkeeping. Backward finds
each window's first winner by comparing the views with the output, offset by offset.

**Flatten** reshapes ``(n, c, h, w)`` to ``(n, c * h * w)`` and back: a change of view, not of
values, so its backward pass is the inverse reshape. Time O(1) (a view) forward and backward.
"""

import numpy as np

from ml.nn.conv import conv_output_size
from ml.nn.layers import Layer

__all__ = ["Flatten", "MaxPool2D"]


class MaxPool2D(Layer):
    """Max over ``size x size`` windows of each channel, moved by ``stride`` (default ``size``).

    >>> pool = MaxPool2D(2)
    >>> x = np.array([[[[1.0, 2.0, 0.0, 0.0],
    ...                 [3.0, 4.0, 0.0, 9.0],
    ...                 [0.0, 0.0, 5.0, 6.0],
    ...                 [0.0, 1.0, 7.0, 8.0]]]])
    >>> pool.forward(x)[0, 0].tolist()
    [[4.0, 9.0], [1.0, 8.0]]
    >>> pool.backward(np.ones((1, 1, 2, 2)))[0, 0].tolist()  # the gradient goes to each winner
    [[0.0, 0.0, 0.0, 0.0], [0.0, 1.0, 0.0, 1.0], [0.0, 0.0, 0.0, 0.0], [0.0, 1.0, 0.0, 1.0]]
    """

    def __init__(self, size: int = 2, stride: int | None = None) -> None:
        super().__init__()
        stride = size if stride is None else stride
        if int(size) != size or size < 1 or int(stride) != stride or stride < 1:
            raise ValueError(f"size and stride must be positive integers, got {size}, {stride}")
        self.size, self.stride = int(size), int(stride)
        self._y: np.ndarray | None = None

    def forward(self, x: np.ndarray, training: bool = False) -> np.ndarray:
        if x.ndim != 4:
            raise ValueError(f"MaxPool2D expects input of shape (n, c, h, w), got {x.shape}")
        k, s = self.size, self.stride
        oh, ow = conv_output_size(x.shape[2], k, s, 0), conv_output_size(x.shape[3], k, s, 0)
        views = self._offset_views(x, oh, ow)
        y = views[0].copy()
        for view in views[1:]:
            np.maximum(y, view, out=y)
        self._x, self._y = x, y  # backward compares the two to find the winners
        return y

    def _offset_views(self, a: np.ndarray, oh: int, ow: int) -> list[np.ndarray]:
        """Per offset (p, q) of a window, row-major: that entry of every window, (n, c, oh, ow)."""
        k, s = self.size, self.stride
        return [a[:, :, p : p + s * oh : s, q : q + s * ow : s]
                for p in range(k) for q in range(k)]

    def backward(self, grad_out: np.ndarray) -> np.ndarray:
        if self._y is None:
            raise ValueError("call forward before backward")
        x, y = self._x, self._y
        oh, ow = y.shape[2:]
        overlap = self.stride < self.size
        # when the windows tile the input exactly, every entry of dx is written below
        tiles = self.stride == self.size and x.shape[2:] == (oh * self.size, ow * self.size)
        dx = (np.empty if tiles else np.zeros)(x.shape, dtype=grad_out.dtype)
        free = np.ones(y.shape, dtype=bool)  # windows whose first maximum is still to be found
        won = np.empty_like(free)
        views = list(zip(self._offset_views(x, oh, ow), self._offset_views(dx, oh, ow),
                         strict=True))
        for i, (view, dview) in enumerate(views):
            if i == len(views) - 1:
                won = free  # every window still open has its maximum here, the last place left
            else:
                np.equal(view, y, out=won)
                won &= free
                free ^= won  # won lies within free: this removes it
            if overlap:  # an input in several windows collects every gradient it won
                dview += grad_out * won
            else:
                np.multiply(grad_out, won, out=dview)
        return dx

    def __repr__(self) -> str:
        return f"MaxPool2D({self.size})" if self.stride == self.size else \
            f"MaxPool2D({self.size}, stride={self.stride})"


class Flatten(Layer):
    """``(n, d1, d2, ...) -> (n, d1 * d2 * ...)``, and the inverse reshape on the way back.

    >>> flat = Flatten()
    >>> flat.forward(np.zeros((2, 3, 4, 4))).shape, flat.backward(np.zeros((2, 48))).shape
    ((2, 48), (2, 3, 4, 4))
    """

    def forward(self, x: np.ndarray, training: bool = False) -> np.ndarray:
        if x.ndim < 2:
            raise ValueError(f"Flatten expects a batch (n, ...), got shape {x.shape}")
        self._x_shape = x.shape
        return x.reshape(len(x), -1)

    def backward(self, grad_out: np.ndarray) -> np.ndarray:
        return grad_out.reshape(self._x_shape)
