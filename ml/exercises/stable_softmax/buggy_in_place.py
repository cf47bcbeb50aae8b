"""Changes its input: Z -= max and np.exp(Z, out=Z) overwrite the caller's logits."""

import numpy as np


def softmax(Z: np.ndarray) -> np.ndarray:
    Z -= Z.max(axis=1, keepdims=True)
    np.exp(Z, out=Z)
    Z /= Z.sum(axis=1, keepdims=True)
    return Z
