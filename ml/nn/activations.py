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
``SoftmaxCrossEntropy`` loss, whose gradient is simply ``p - onehot``. The functions ``softmax``
and ``sigmoid`` themselves live in :mod:`ml.special`, shared with the classic models.
All passes take O(size of z) time.
"""

import numpy as np

from ml.nn.layers import Layer
from ml.special import sigmoid, softmax

__all__ = ["ACTIVATIONS", "ReLU", "Sigmoid", "Softmax", "Tanh"]


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
        self._a = sigmoid(x)  # ml.special's: never exponentiates a positive number
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
