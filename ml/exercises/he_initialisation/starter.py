"""He initialisation: normal weights with standard deviation sqrt(2 / n_in), from a seed.

Write ``he_init`` below; numpy is available as ``np``.
"""

import numpy as np


def he_init(n_in: int, n_out: int, seed: int) -> np.ndarray:
    """Return W (n_in, n_out) drawn from N(0, 2 / n_in) with np.random.default_rng(seed)."""
    raise NotImplementedError("write your solution here")
