"""Recursion too deep: memoised, but one call per coin, so 10,000 coins of 1 nest 10,000 calls."""

from functools import cache


def coin_change(coins: list[int], amount: int) -> int:
    @cache
    def fewest(left: int) -> float:
        if left == 0:
            return 0
        return min((fewest(left - c) + 1 for c in coins if c <= left), default=float("inf"))

    best = fewest(amount)
    return -1 if best == float("inf") else best
