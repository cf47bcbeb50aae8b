"""No shuffle: the batches are 0..b-1, b..2b-1, ... in the same order every epoch."""

import numpy as np


def minibatches(n: int, batch_size: int, seed: int) -> list[np.ndarray]:
    order = np.arange(n)
    return [order[start:start + batch_size] for start in range(0, n, batch_size)]
