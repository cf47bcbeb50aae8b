"""Cheapest flights within k stops: Bellman-Ford cut off after k + 1 rounds.

After round i, ``price[c]`` is the cheapest way to reach c with at most i flights. Each round
relaxes every flight from a copy of the previous round's prices, so a round adds at most one
flight to any route (relaxing in place could chain several). k stops allow k + 1 flights, so
k + 1 rounds suffice. O(k·E) time, O(n) extra space.
"""


def find_cheapest_price(n: int, flights: list[list[int]], src: int, dst: int, k: int) -> int:
    """Return the cheapest price from ``src`` to ``dst`` with at most ``k`` stops, or -1."""
    inf = float("inf")
    price = [inf] * n
    price[src] = 0
    for _ in range(k + 1):
        before = price[:]
        for u, v, cost in flights:
            if before[u] + cost < price[v]:
                price[v] = before[u] + cost
    return -1 if price[dst] == inf else int(price[dst])
