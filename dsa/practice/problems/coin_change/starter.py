"""Coin change: the fewest coins that add up to an amount."""


def coin_change(coins: list[int], amount: int) -> int:
    """Return the fewest coins (unlimited of each value) summing to amount, or -1 if impossible."""
    raise NotImplementedError("write your solution here")
