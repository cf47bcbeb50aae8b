"""The causal mask: attention weights in which no position looks at the future.

Write ``causal_softmax``: mask every score of a key after its query with -inf, then take a
stable softmax over the last axis.
"""

import numpy as np


def causal_softmax(scores: np.ndarray) -> np.ndarray:
    """Weights ``P (..., T, T)`` from ``scores (..., T, T)``: row t a softmax over s <= t."""
    raise NotImplementedError("write your solution here")
