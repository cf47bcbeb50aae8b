"""Bad sentinel: the cheapest price starts at a million, "more than any price", but prices reach
10**9, so when all prices are higher it reports a profit from a price never paid."""


def max_profit(prices: list[int]) -> int:
    cheapest = 10**6
    best = 0
    for price in prices:
        best = max(best, price - cheapest)
        cheapest = min(cheapest, price)
    return best
