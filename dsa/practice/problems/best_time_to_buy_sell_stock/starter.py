"""Best time to buy and sell a stock."""


def max_profit(prices: list[int]) -> int:
    """Return the largest ``prices[j] - prices[i]`` with ``i < j``, or 0 if none is positive."""
    raise NotImplementedError("write your solution here")
