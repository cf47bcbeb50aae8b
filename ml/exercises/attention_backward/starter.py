"""The backward pass of causal scaled dot-product attention: dq, dk and dv from dy.

Write ``causal_attention_backward``: recompute the weights P, then go back through Y = P V,
the row-wise softmax and the scaled scores Q K^T / sqrt(dh).
"""

import numpy as np


def causal_attention_backward(q: np.ndarray, k: np.ndarray, v: np.ndarray,
                              dy: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``(dq, dk, dv)``, each of q's shape ``(..., T, dh)``, for upstream gradient ``dy``."""
    raise NotImplementedError("write your solution here")
