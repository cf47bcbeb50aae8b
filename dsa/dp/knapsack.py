"""0/1 knapsack: choose items of given weights and values, at most one of each, to maximise value.

``best[i][c]`` is the largest value reachable with the first ``i`` items and capacity ``c``.
Item ``i`` is either left out, or — if it fits — taken, leaving capacity ``c - w_i`` for the rest:

    best[i][c] = max(best[i-1][c], best[i-1][c - w_i] + v_i)   (second term only if w_i <= c)

The traceback walks from ``best[n][capacity]`` back up: wherever the value changed between rows
``i-1`` and ``i``, item ``i`` was taken.

Time and space O(n · capacity) — pseudo-polynomial: polynomial in the *value* of the capacity,
exponential in its number of digits (the problem is NP-hard).
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["knapsack"]


def knapsack(
    values: Sequence[int | float], weights: Sequence[int], capacity: int
) -> tuple[int | float, list[int]]:
    """Return ``(best total value, sorted indices of the chosen items)`` within ``capacity``.

    >>> knapsack([60, 100, 120], [10, 20, 30], 50)
    (220, [1, 2])
    >>> knapsack([5], [6], 5)
    (0, [])
    """
    if len(values) != len(weights):
        raise ValueError(f"got {len(values)} values but {len(weights)} weights; give one of each")
    if capacity < 0:
        raise ValueError(f"capacity must be non-negative, got {capacity}")
    if any(w < 0 for w in weights):
        raise ValueError("weights must be non-negative")
    n = len(values)
    best = [[0] * (capacity + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        value, weight = values[i - 1], weights[i - 1]
        for c in range(capacity + 1):
            best[i][c] = best[i - 1][c]
            if weight <= c and best[i - 1][c - weight] + value > best[i][c]:
                best[i][c] = best[i - 1][c - weight] + value
    chosen = []
    c = capacity
    for i in range(n, 0, -1):
        if best[i][c] != best[i - 1][c]:
            chosen.append(i - 1)
            c -= weights[i - 1]
    return best[n][capacity], sorted(chosen)
