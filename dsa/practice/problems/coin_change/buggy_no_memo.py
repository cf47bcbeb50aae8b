"""Exponential time: recursion over every last coin with no cache of solved amounts."""


def coin_change(coins: list[int], amount: int) -> int:
    """Return the fewest coins by trying every last coin recursively, re-solving amounts."""
    if amount == 0:
        return 0
    best = -1
    for c in coins:
        if c <= amount:
            rest = coin_change(coins, amount - c)
            if rest != -1 and (best == -1 or rest + 1 < best):
                best = rest + 1
    return best
