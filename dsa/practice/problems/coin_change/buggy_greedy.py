"""Greedy where DP is needed: always taking the largest coin that fits is not always fewest."""


def coin_change(coins: list[int], amount: int) -> int:
    """Return a coin count found by taking the largest coin that still fits, again and again."""
    count = 0
    for c in sorted(coins, reverse=True):
        count += amount // c
        amount %= c
    return count if amount == 0 else -1
