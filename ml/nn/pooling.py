"""Max pooling shrinks feature maps; Flatten turns them into rows for a Dense layer.

**MaxPool2D** keeps the largest value in each ``size x size`` window (moved by ``stride``, by
default ``size``, so windows tile the map). It halves a 28x28 map to 14x14 with ``size=2`` and
makes the features a little insensitive to small shifts. It has no parameters. Its gradient is
the derivative of ``max``: the whole incoming gradient goes to the one input that won each
window, and the others get zero. Where windows overlap (``stride < size``) an input that wins
several windows collects the sum. A tie sends the gradient to the first maximum (row-major), a
valid subgradient. Time O(n * c * oh * ow * size**2) per pass.

**Flatten** reshapes ``(n, c, h, w)`` to ``(n, c * h * w)`` and back: a change of view, not of
values, so its backward pass is the inverse reshape. Time O(1) (a view) forward and backward.
"""

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

from ml.nn.conv import conv_output_size
from ml.nn.layers import Layer

__all__ = ["Flatten", "MaxPool2D"]


# --8<-- [start:maxpool]
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
        self._winner: np.ndarray | None = None

    def forward(self, x: np.ndarray, training: bool = False) -> np.ndarray:
        if x.ndim != 4:
            raise ValueError(f"MaxPool2D expects input of shape (n, c, h, w), got {x.shape}")
        k, s = self.size, self.stride
        n, c, h, w = x.shape
        oh, ow = conv_output_size(h, k, s, 0), conv_output_size(w, k, s, 0)
        windows = sliding_window_view(x, (k, k), axis=(2, 3))[:, :, ::s, ::s]
        windows = windows.reshape(n, c, oh, ow, k * k)
        self._winner = windows.argmax(axis=-1)  # position inside its window, 0..k*k-1
        self._x_shape = x.shape
        return np.take_along_axis(windows, self._winner[..., None], axis=-1)[..., 0]

    def backward(self, grad_out: np.ndarray) -> np.ndarray:
        if self._winner is None:
            raise ValueError("call forward before backward")
        k, s = self.size, self.stride
        _, _, oh, ow = grad_out.shape
        dx = np.zeros(self._x_shape, dtype=grad_out.dtype)
        # one pass per offset inside the window: the outputs whose winner sat at (p, q) send
        # their gradient to input (r*s + p, t*s + q); += sums where windows overlap
        for p in range(k):
            for q in range(k):
                won = self._winner == p * k + q
                dx[:, :, p : p + s * oh : s, q : q + s * ow : s] += grad_out * won
        return dx

    def __repr__(self) -> str:
        return f"MaxPool2D({self.size})" if self.stride == self.size else \
            f"MaxPool2D({self.size}, stride={self.stride})"
# --8<-- [end:maxpool]


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
