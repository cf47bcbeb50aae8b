"""Forgetting the impossible case: the "infinity" sentinel leaks out instead of -1."""


def coin_change(coins: list[int], amount: int) -> int:
    """Return the fewest coins, but an unreachable amount returns the sentinel, not -1."""
    unreachable = amount + 1
    fewest = [0] + [unreachable] * amount
    for a in range(1, amount + 1):
        for c in coins:
            if c <= a and fewest[a - c] + 1 < fewest[a]:
                fewest[a] = fewest[a - c] + 1
    return fewest[amount]
