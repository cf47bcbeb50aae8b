"""Coin change: the fewest coins that add up to an amount."""


def coin_change(coins: list[int], amount: int) -> int:
    """Return the fewest coins (unlimited of each value) summing to amount, or -1 if impossible.

    The last coin of a best handful for amount a has some value c, and the rest must be a best
    handful for a - c. So solving amounts 0, 1, ..., amount in order, each from the already solved
    smaller ones, gives fewest[a] = 1 + min over c of fewest[a - c]. Greedy choice (largest coin
    first) fails for coin systems like 1, 3, 4; the table tries every last coin instead.

    Time O(amount · k) for k coin values, extra space O(amount).
    """
    unreachable = amount + 1  # more coins than any real answer (the smallest coin is at least 1)
    fewest = [0] + [unreachable] * amount
    for a in range(1, amount + 1):
        for c in coins:
            if c <= a and fewest[a - c] + 1 < fewest[a]:
                fewest[a] = fewest[a - c] + 1
    return fewest[amount] if fewest[amount] != unreachable else -1
