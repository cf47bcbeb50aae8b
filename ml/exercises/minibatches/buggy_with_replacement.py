"""Sampling with replacement: rng.integers draws n indices independently, so some examples come
twice and others never."""

import numpy as np


def minibatches(n: int, batch_size: int, seed: int) -> list[np.ndarray]:
    order = np.random.default_rng(seed).integers(0, n, size=n)
    return [order[start:start + batch_size] for start in range(0, n, batch_size)]
