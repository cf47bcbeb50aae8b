"""Exponential: depth-first search over every route of up to k + 1 flights, with no memo."""


def find_cheapest_price(n: int, flights: list[list[int]], src: int, dst: int, k: int) -> int:
    out: list[list[tuple[int, int]]] = [[] for _ in range(n)]
    for u, v, cost in flights:
        out[u].append((v, cost))
    best = float("inf")

    def fly(city: int, spent: int, flights_left: int) -> None:
        nonlocal best
        if city == dst:
            best = min(best, spent)
            return
        if flights_left == 0:
            return
        for nxt, cost in out[city]:
            fly(nxt, spent + cost, flights_left - 1)

    fly(src, 0, k + 1)
    return -1 if best == float("inf") else best
