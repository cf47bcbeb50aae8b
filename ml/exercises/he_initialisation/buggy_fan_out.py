"""Wrong fan: scales by sqrt(2 / n_out), the number of outputs, where each neuron sums n_in
inputs."""

import numpy as np


def he_init(n_in: int, n_out: int, seed: int) -> np.ndarray:
    return np.random.default_rng(seed).normal(0.0, np.sqrt(2.0 / n_out), size=(n_in, n_out))
