"""Uniform, not normal: U(-a, a) with a = sqrt(6 / n_in) has the right standard deviation but
the wrong shape of distribution (no tails, flat middle)."""

import numpy as np


def he_init(n_in: int, n_out: int, seed: int) -> np.ndarray:
    limit = np.sqrt(6.0 / n_in)
    return np.random.default_rng(seed).uniform(-limit, limit, size=(n_in, n_out))
