"""Shuffled mini-batches: one epoch's batches of example indices, reshuffled by the seed."""

import numpy as np


def minibatches(n: int, batch_size: int, seed: int) -> list[np.ndarray]:
    """Return the batches of a random order of range(n), batch_size at a time (last one shorter).

    A permutation uses every index exactly once; stepping the slices up to n keeps the leftover
    examples as a last, shorter batch instead of dropping them.
    """
    order = np.random.default_rng(seed).permutation(n)
    return [order[start:start + batch_size] for start in range(0, n, batch_size)]
