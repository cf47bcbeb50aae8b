"""A stable softmax: each row of logits becomes probabilities, finite even at logits of +-1000."""

import numpy as np


def softmax(Z: np.ndarray) -> np.ndarray:
    """Return P of shape (n, k): each row of Z (n, k) exponentiated and divided by its sum.

    Subtracting each row's maximum changes nothing (the factor cancels) but makes every exponent
    <= 0, so exp cannot overflow, and leaves one term equal to 1, so no row sums to 0.
    """
    e = np.exp(Z - Z.max(axis=1, keepdims=True))  # a new array: Z stays as it was
    return e / e.sum(axis=1, keepdims=True)
