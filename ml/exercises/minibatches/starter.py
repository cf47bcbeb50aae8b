"""Shuffled mini-batches: one epoch's batches of example indices, reshuffled by the seed.

Write ``minibatches`` below; numpy is available as ``np``.
"""

import numpy as np


def minibatches(n: int, batch_size: int, seed: int) -> list[np.ndarray]:
    """Return the batches of a random order of range(n), batch_size at a time (last one shorter)."""
    raise NotImplementedError("write your solution here")
