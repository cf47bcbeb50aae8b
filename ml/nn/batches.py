"""Mini-batches: the training set cut into random groups, reshuffled every epoch.

A gradient from a batch of ``b`` random examples is an unbiased estimate of the full-data
gradient at ``b/n`` of the cost, so many cheap noisy steps beat one exact expensive step.
Reshuffling every epoch stops the network from seeing the same batches in the same order (which
it could learn to exploit, and which correlates consecutive steps). The shuffles come from a
seeded ``numpy.random.Generator``: the same seed gives the same batches, epoch after epoch.

The last batch is smaller when ``b`` does not divide ``n``; every example appears exactly once
per epoch. Time O(n) per epoch for the permutation; space O(n).
"""

from collections.abc import Iterator

import numpy as np

__all__ = ["minibatch_indices"]


# --8<-- [start:batches]
def minibatch_indices(
    n: int, batch_size: int, rng: np.random.Generator, shuffle: bool = True
) -> Iterator[np.ndarray]:
    """Yield index arrays that cover ``range(n)`` once, in batches of ``batch_size``.

    Each call draws a fresh permutation from ``rng``, so calling it once per epoch reshuffles.

    >>> rng = np.random.default_rng(0)
    >>> batches = list(minibatch_indices(5, 2, rng))
    >>> [len(b) for b in batches], sorted(np.concatenate(batches).tolist())
    ([2, 2, 1], [0, 1, 2, 3, 4])
    >>> [b.tolist() for b in minibatch_indices(3, 2, rng, shuffle=False)]
    [[0, 1], [2]]
    """
    if n < 1:
        raise ValueError(f"cannot make batches from {n} examples; need at least one")
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, got {batch_size}")
    order = rng.permutation(n) if shuffle else np.arange(n)
    for start in range(0, n, batch_size):
        yield order[start : start + batch_size]


# --8<-- [end:batches]
