"""Missing the 2: standard deviation sqrt(1 / n_in) (LeCun's scale), which ignores that ReLU
halves the signal."""

import numpy as np


def he_init(n_in: int, n_out: int, seed: int) -> np.ndarray:
    return np.random.default_rng(seed).normal(0.0, np.sqrt(1.0 / n_in), size=(n_in, n_out))
