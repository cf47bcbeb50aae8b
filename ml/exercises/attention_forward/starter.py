"""Scaled dot-product attention with a causal mask, the heart of a transformer.

Write ``causal_attention``: scores q k^T / sqrt(dh), future keys masked with -inf, a softmax
over the keys, then the weighted mean of the values.
"""

import numpy as np


def causal_attention(q: np.ndarray, k: np.ndarray, v: np.ndarray) -> np.ndarray:
    """``Y (..., T, dh)`` from ``q, k, v (..., T, dh)``; query t sees keys s <= t only."""
    raise NotImplementedError("write your solution here")
