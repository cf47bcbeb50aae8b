"""The capstone: train the 784-128-64-10 network on MNIST from your own pieces, to >= 97 %.

Write ``loss_and_grads`` (one forward and one backward pass) and ``train`` (the loop). Copy the
functions you wrote in the earlier exercises into this file, or import them from your workspace,
which is on the import path while this file runs, for example::

    from network_backward import network_backward
    from adam_step import adam_step
"""

import numpy as np


def loss_and_grads(params: list[np.ndarray], X: np.ndarray,
                   y: np.ndarray) -> tuple[float, list[np.ndarray]]:
    """Mean softmax cross-entropy of the ReLU network ``params`` on ``(X, y)``, and its gradients.

    ``params`` is ``[W1, b1, W2, b2, ...]``; ``grads`` has the same order and shapes.
    """
    raise NotImplementedError("write your solution here")


def train(X: np.ndarray, y: np.ndarray, seed: int) -> list[np.ndarray]:
    """Train on uint8 images ``X`` (n, 784) and labels ``y`` (n,); return ``[W1, b1, ..., b3]``."""
    raise NotImplementedError("write your solution here")
