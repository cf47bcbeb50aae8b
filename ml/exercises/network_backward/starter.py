"""The full backward pass: the gradients of the loss for every parameter of a ReLU network.

Write ``network_backward(params, X, y)`` as the statement describes: run the forward pass, keeping
what the backward pass needs, then walk the layers from the last to the first.
"""

import numpy as np


def network_backward(params: list[np.ndarray], X: np.ndarray,
                     y: np.ndarray) -> list[np.ndarray]:
    """Gradients of the mean softmax cross-entropy of the ReLU network ``params`` on ``(X, y)``.

    ``params`` is ``[W1, b1, ..., WL, bL]`` (``W_l`` of shape ``(d_{l-1}, d_l)``); ``X`` is
    ``(n, d_0)``; ``y`` holds ``n`` integer labels. Return ``[dW1, db1, ..., dWL, dbL]``, each of
    its parameter's shape. ReLU after every layer but the last; softmax on the last.
    """
    raise NotImplementedError("write your solution here")
