"""Quadratic: tries every (buy, sell) pair instead of one pass with a running minimum."""


def max_profit(prices: list[int]) -> int:
    best = 0
    for i in range(len(prices)):
        for j in range(i + 1, len(prices)):
            best = max(best, prices[j] - prices[i])
    return best
