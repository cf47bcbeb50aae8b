"""Modifies the input: sorts the caller's flights in place by fare before relaxing them."""


def find_cheapest_price(n: int, flights: list[list[int]], src: int, dst: int, k: int) -> int:
    flights.sort(key=lambda flight: flight[2])
    inf = float("inf")
    price = [inf] * n
    price[src] = 0
    for _ in range(k + 1):
        before = price[:]
        for u, v, cost in flights:
            if before[u] + cost < price[v]:
                price[v] = before[u] + cost
    return -1 if price[dst] == inf else price[dst]
