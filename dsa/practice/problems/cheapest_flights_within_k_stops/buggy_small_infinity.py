"""Bad sentinel: uses 10**5 as "infinity", but 99 flights at 10,000 cost 990,000."""


def find_cheapest_price(n: int, flights: list[list[int]], src: int, dst: int, k: int) -> int:
    infinity = 10**5
    price = [infinity] * n
    price[src] = 0
    for _ in range(k + 1):
        before = price[:]
        for u, v, cost in flights:
            if before[u] + cost < price[v]:
                price[v] = before[u] + cost
    return -1 if price[dst] >= infinity else price[dst]
