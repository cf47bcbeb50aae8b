"""Quadratic: for every buy day it takes the max of all later prices, O(n²) instead of O(n)."""


def max_profit(prices: list[int]) -> int:
    best = 0
    for i in range(len(prices) - 1):
        best = max(best, max(prices[i + 1:]) - prices[i])
    return best
