"""Activation functions as parameter-free layers: the non-linearity between two Dense layers.

Without them, a stack of Dense layers collapses into one linear map. Each layer below keeps from
its forward pass exactly what its derivative needs, then multiplies it into the incoming gradient
element-wise (the chain rule for a function applied entry by entry)::

    ReLU     a = max(0, z)          da/dz = 1 where z > 0, else 0
    Sigmoid  a = 1 / (1 + e^-z)     da/dz = a (1 - a)
    Tanh     a = tanh z             da/dz = 1 - a^2

Softmax turns a row of scores into probabilities, ``p_i = e^{z_i} / sum_j e^{z_j}``. It couples
the entries of a row, so its backward pass is a vector-Jacobian product,
``dL/dz = p * (g - sum(g * p))`` per row. For training, prefer the fused
``SoftmaxCrossEntropy`` loss, whose gradient is simply ``p - onehot``.
All passes take O(size of z) time.
"""

import numpy as np

from ml.nn.layers import Layer

__all__ = ["ACTIVATIONS", "ReLU", "Sigmoid", "Softmax", "Tanh", "softmax"]


# --8<-- [start:softmax]
def softmax(z: np.ndarray) -> np.ndarray:
    """Row-wise softmax of ``z (n, k)``, stable for any finite scores.

    Subtracting each row's maximum first changes nothing mathematically (it cancels between
    numerator and denominator) but keeps ``exp`` from overflowing. Time O(n * k).

    >>> p = softmax(np.array([[1.0, 2.0, 3.0], [1000.0, 1000.0, 1000.0]]))
    >>> np.round(p, 3).tolist()
    [[0.09, 0.245, 0.665], [0.333, 0.333, 0.333]]
    """
    shifted = z - z.max(axis=-1, keepdims=True)
    e = np.exp(shifted)
    e /= e.sum(axis=-1, keepdims=True)
    return e
# --8<-- [end:softmax]


# --8<-- [start:relu]
class ReLU(Layer):
    """``max(0, z)``; passes gradient only where the input was positive.

    >>> relu = ReLU()
    >>> relu.forward(np.array([[-1.0, 2.0]])).tolist()
    [[0.0, 2.0]]
    >>> relu.backward(np.array([[5.0, 5.0]])).tolist()
    [[0.0, 5.0]]
    """

    def forward(self, x: np.ndarray, training: bool = False) -> np.ndarray:
        self._active = x > 0
        return np.maximum(x, 0)

    def backward(self, grad_out: np.ndarray) -> np.ndarray:
        return grad_out * self._active


# --8<-- [end:relu]


class Sigmoid(Layer):
    """Logistic function ``1 / (1 + e^-z)``, computed without overflow for large ``|z|``.

    >>> s = Sigmoid()
    >>> np.round(s.forward(np.array([[0.0, 1000.0, -1000.0]])), 3).tolist()
    [[0.5, 1.0, 0.0]]
    >>> s.backward(np.array([[1.0, 1.0, 1.0]])).tolist()
    [[0.25, 0.0, 0.0]]
    """

    def forward(self, x: np.ndarray, training: bool = False) -> np.ndarray:
        # e^-|z| never overflows; pick the algebraically equal form for each sign.
        e = np.exp(-np.abs(x))
        self._a = np.where(x >= 0, 1.0 / (1.0 + e), e / (1.0 + e)).astype(x.dtype, copy=False)
        return self._a

    def backward(self, grad_out: np.ndarray) -> np.ndarray:
        return grad_out * self._a * (1 - self._a)


class Tanh(Layer):
    """Hyperbolic tangent.

    >>> t = Tanh()
    >>> t.forward(np.array([[0.0]])).tolist(), t.backward(np.array([[2.0]])).tolist()
    ([[0.0]], [[2.0]])
    """

    def forward(self, x: np.ndarray, training: bool = False) -> np.ndarray:
        self._a = np.tanh(x)
        return self._a

    def backward(self, grad_out: np.ndarray) -> np.ndarray:
        return grad_out * (1 - self._a * self._a)


class Softmax(Layer):
    """Softmax over the last axis as a layer (for outputs; train with ``SoftmaxCrossEntropy``).

    >>> sm = Softmax()
    >>> p = sm.forward(np.array([[0.0, 0.0]]))
    >>> p.tolist(), sm.backward(np.array([[1.0, 1.0]])).tolist()  # constant shift: no gradient
    ([[0.5, 0.5]], [[0.0, 0.0]])
    """

    def forward(self, x: np.ndarray, training: bool = False) -> np.ndarray:
        self._p = softmax(x)
        return self._p

    def backward(self, grad_out: np.ndarray) -> np.ndarray:
        p = self._p
        return p * (grad_out - np.sum(grad_out * p, axis=-1, keepdims=True))


ACTIVATIONS = {"relu": ReLU, "sigmoid": Sigmoid, "tanh": Tanh}
