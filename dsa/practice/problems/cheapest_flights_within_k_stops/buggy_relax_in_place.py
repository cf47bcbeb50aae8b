"""No copy per round: relaxing in place chains several flights in one round, exceeding k stops."""


def find_cheapest_price(n: int, flights: list[list[int]], src: int, dst: int, k: int) -> int:
    inf = float("inf")
    price = [inf] * n
    price[src] = 0
    for _ in range(k + 1):
        for u, v, cost in flights:
            if price[u] + cost < price[v]:
                price[v] = price[u] + cost
    return -1 if price[dst] == inf else int(price[dst])
