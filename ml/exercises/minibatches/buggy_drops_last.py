"""Drops the last partial batch: stops at n - batch_size, so up to batch_size - 1 examples are
never trained on."""

import numpy as np


def minibatches(n: int, batch_size: int, seed: int) -> list[np.ndarray]:
    order = np.random.default_rng(seed).permutation(n)
    return [order[start:start + batch_size] for start in range(0, n - batch_size + 1, batch_size)]
