"""Variance passed as the standard deviation: normal(0, 2 / n_in) forgets the square root."""

import numpy as np


def he_init(n_in: int, n_out: int, seed: int) -> np.ndarray:
    return np.random.default_rng(seed).normal(0.0, 2.0 / n_in, size=(n_in, n_out))
