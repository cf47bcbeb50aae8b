"""Ignores order: max minus min, as if one could sell before buying."""


def max_profit(prices: list[int]) -> int:
    if not prices:
        return 0
    return max(prices) - min(prices)
