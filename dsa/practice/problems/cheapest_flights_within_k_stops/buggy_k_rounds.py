"""Off by one: runs k rounds (k flights) instead of k + 1 (k stops means k + 1 flights)."""


def find_cheapest_price(n: int, flights: list[list[int]], src: int, dst: int, k: int) -> int:
    inf = float("inf")
    price = [inf] * n
    price[src] = 0
    for _ in range(k):
        before = price[:]
        for u, v, cost in flights:
            if before[u] + cost < price[v]:
                price[v] = before[u] + cost
    return -1 if price[dst] == inf else int(price[dst])
