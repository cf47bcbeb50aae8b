"""The full backward pass: the gradients of the loss for every parameter of a ReLU network.

The forward pass keeps each layer's input ``A`` and pre-activation ``Z``; the backward pass starts
from ``G = (P - Y) / n`` at the logits and applies the page's equations 2, 3 and 4 layer by layer.
"""

import numpy as np


def network_backward(params: list[np.ndarray], X: np.ndarray,
                     y: np.ndarray) -> list[np.ndarray]:
    """Gradients of the mean softmax cross-entropy of the ReLU network ``params`` on ``(X, y)``.

    ``params`` is ``[W1, b1, ..., WL, bL]`` (``W_l`` of shape ``(d_{l-1}, d_l)``); ``X`` is
    ``(n, d_0)``; ``y`` holds ``n`` integer labels. Return ``[dW1, db1, ..., dWL, dbL]``, each of
    its parameter's shape. ReLU after every layer but the last; softmax on the last.
    """
    n_layers = len(params) // 2
    inputs, pre = [], []  # A_{l-1} and Z_l of every layer
    A = X
    for layer in range(n_layers):
        Z = A @ params[2 * layer] + params[2 * layer + 1]
        inputs.append(A)
        pre.append(Z)
        A = np.maximum(Z, 0)
    logits = pre[-1]
    P = np.exp(logits - logits.max(axis=1, keepdims=True))  # the row maximum keeps exp finite
    P /= P.sum(axis=1, keepdims=True)
    n = len(X)
    G = P
    G[np.arange(n), y] -= 1
    G /= n
    grads: list[np.ndarray] = [np.empty(0)] * len(params)
    for layer in reversed(range(n_layers)):
        grads[2 * layer] = inputs[layer].T @ G
        grads[2 * layer + 1] = G.sum(axis=0)
        if layer > 0:  # hand G down through the ReLU of the layer below
            G = (G @ params[2 * layer].T) * (pre[layer - 1] > 0)
    return grads
