"""Seed ignored: draws from an unseeded generator, so the same seed gives different weights."""

import numpy as np


def he_init(n_in: int, n_out: int, seed: int) -> np.ndarray:
    return np.random.default_rng().normal(0.0, np.sqrt(2.0 / n_in), size=(n_in, n_out))
