"""He initialisation: normal weights with standard deviation sqrt(2 / n_in), from a seed."""

import numpy as np


def he_init(n_in: int, n_out: int, seed: int) -> np.ndarray:
    """Return W (n_in, n_out) drawn from N(0, 2 / n_in) with np.random.default_rng(seed).

    The fan-in n_in sets the scale because each neuron sums n_in products; the 2 makes up for
    ReLU zeroing half of them. A generator made from the seed makes the draw repeatable.
    """
    rng = np.random.default_rng(seed)
    return rng.standard_normal((n_in, n_out)) * np.sqrt(2.0 / n_in)
