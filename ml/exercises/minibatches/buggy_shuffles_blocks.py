"""Shuffles the blocks, not the examples: fixed runs 0..b-1, b..2b-1, ... in a random order, so
the same examples always share a batch."""

import numpy as np


def minibatches(n: int, batch_size: int, seed: int) -> list[np.ndarray]:
    blocks = [np.arange(start, min(start + batch_size, n)) for start in range(0, n, batch_size)]
    order = np.random.default_rng(seed).permutation(len(blocks))
    return [blocks[i] for i in order]
