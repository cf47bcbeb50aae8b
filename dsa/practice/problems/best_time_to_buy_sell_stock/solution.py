"""Best time to buy and sell a stock: sell each day against the cheapest day before it.

The best trade that sells on day ``j`` buys at the minimum of ``prices[:j]``. One pass keeps that
running minimum and the best profit so far; starting the best at 0 means "don't trade".

Time O(n), space O(1).
"""


def max_profit(prices: list[int]) -> int:
    """Return the largest ``prices[j] - prices[i]`` with ``i < j``, or 0 if none is positive."""
    best = 0
    cheapest = prices[0] if prices else 0
    for price in prices:
        cheapest = min(cheapest, price)
        best = max(best, price - cheapest)
    return best
