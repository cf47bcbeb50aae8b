"""Forces a trade: the best starts at the first day-to-day change, so a falling market loses."""


def max_profit(prices: list[int]) -> int:
    if len(prices) < 2:
        return 0
    best = prices[1] - prices[0]
    cheapest = prices[0]
    for price in prices[1:]:
        best = max(best, price - cheapest)
        cheapest = min(cheapest, price)
    return best
