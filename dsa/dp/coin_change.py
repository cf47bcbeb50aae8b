"""Coin change: the fewest coins that make an amount, and the number of ways to make it.

Both count over amounts ``0..amount`` with an unlimited supply of each coin.

*Fewest coins.* ``fewest[t]`` is the fewest coins summing to ``t``: the last coin is some ``c``,
so ``fewest[t] = 1 + min(fewest[t - c])`` over coins ``c <= t``, with ``fewest[0] = 0``.
Remembering which coin won (``last[t]``) lets us list the coins. Greedy "largest coin first"
is wrong in general: with coins ``{1, 3, 4}`` it makes 6 as 4+1+1, the optimum is 3+3.

*Number of ways.* To count each multiset of coins once (1+2 and 2+1 are one way), process the
coins in the outer loop: after coin ``c``, ``ways[t]`` counts the ways to make ``t`` from the
coins so far, and ``ways[t] += ways[t - c]`` adds those using ``c`` at least once more.

Time O(len(coins) · amount), space O(amount).
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["count_ways", "min_coins"]


def _check(coins: Sequence[int], amount: int) -> None:
    if amount < 0:
        raise ValueError(f"amount must be non-negative, got {amount}")
    if any(c <= 0 for c in coins):
        raise ValueError(f"coins must be positive integers, got {list(coins)}")


def min_coins(coins: Sequence[int], amount: int) -> list[int] | None:
    """Return a list of the fewest coins summing to ``amount`` (largest first), or ``None``.

    >>> min_coins([1, 3, 4], 6)
    [3, 3]
    >>> min_coins([2], 3) is None
    True
    >>> min_coins([5], 0)
    []
    """
    _check(coins, amount)
    unreachable = amount + 1  # more coins than any solution can need
    fewest = [0] + [unreachable] * amount
    last = [0] * (amount + 1)
    for t in range(1, amount + 1):
        for c in coins:
            if c <= t and fewest[t - c] + 1 < fewest[t]:
                fewest[t] = fewest[t - c] + 1
                last[t] = c
    if fewest[amount] == unreachable:
        return None
    used = []
    t = amount
    while t > 0:
        used.append(last[t])
        t -= last[t]
    return sorted(used, reverse=True)


def count_ways(coins: Sequence[int], amount: int) -> int:
    """Return how many multisets of ``coins`` sum to ``amount`` (order does not matter).

    >>> count_ways([1, 2, 5], 5)
    4
    >>> count_ways([2], 3), count_ways([7], 0)
    (0, 1)
    """
    _check(coins, amount)
    ways = [1] + [0] * amount
    for c in set(coins):
        for t in range(c, amount + 1):
            ways[t] += ways[t - c]
    return ways[amount]
