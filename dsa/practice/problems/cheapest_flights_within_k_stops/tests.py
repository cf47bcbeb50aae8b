"""Tests for cheapest-flights-within-k-stops: examples, edges, a layered oracle, largest size."""

import random

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect


def _cheapest_by_layers(n, flights, src, dst, k):
    # exact[c] after j rounds = the cheapest walk to c of exactly j flights; keep the best over j.
    inf = float("inf")
    exact = [inf] * n
    exact[src] = 0
    best = 0 if src == dst else inf
    for _ in range(k + 1):
        nxt = [inf] * n
        for u, v, cost in flights:
            nxt[v] = min(nxt[v], exact[u] + cost)
        exact = nxt
        best = min(best, exact[dst])
    return -1 if best == inf else best


def _check(sol, n, flights, src, dst, k, want=None):
    if want is None:
        want = _cheapest_by_layers(n, flights, src, dst, k)
    got = sol.find_cheapest_price(n, [f[:] for f in flights], src, dst, k)
    expect(got, want, n=n, flights=flights, src=src, dst=dst, k=k)


def test_example_1(sol):
    flights = [[0, 1, 50], [1, 2, 50], [2, 3, 50], [0, 3, 400], [0, 2, 180]]
    _check(sol, 4, flights, 0, 3, 1, 230)


def test_example_2_no_direct_flight(sol):
    _check(sol, 3, [[0, 1, 10], [1, 2, 10]], 0, 2, 0, -1)


def test_example_3_same_city(sol):
    _check(sol, 2, [[0, 1, 7]], 1, 1, 0, 0)


def test_direct_flight_with_zero_stops(sol):
    _check(sol, 3, [[0, 2, 90], [0, 1, 10], [1, 2, 10]], 0, 2, 0, 90)


def test_enough_stops_for_the_cheap_route(sol):
    _check(sol, 3, [[0, 2, 90], [0, 1, 10], [1, 2, 10]], 0, 2, 1, 20)


def test_no_flights(sol):
    _check(sol, 2, [], 0, 1, 1, -1)


def test_flights_listed_in_route_order(sol):
    # Listed in route order, an in-place relaxation would take 0 → 1 → 2 → 3 in a single round.
    _check(sol, 4, [[0, 1, 1], [1, 2, 1], [2, 3, 1], [0, 3, 100]], 0, 3, 0, 100)


@given(n=st.integers(1, 5), data=st.data())
def test_matches_layered_oracle(sol, n, data):
    city = st.integers(0, n - 1)
    raw = st.tuples(city, st.integers(1, max(n - 1, 1)), st.integers(1, 20))
    drawn = data.draw(st.lists(raw, max_size=10), label="flights as (u, offset, price)")
    flights = [[u, (u + step) % n, price] for u, step, price in drawn] if n > 1 else []
    src, dst = data.draw(city, label="src"), data.draw(city, label="dst")
    k = data.draw(st.integers(0, n - 1), label="k")
    _check(sol, n, flights, src, dst, k)


def test_largest_size(sol):
    # 100 cities in 20 layers of 5, every city linked to every city of the next layer, and k = 99:
    # 5^19 routes reach the last layer, so trying every route cannot finish; k·E is ~50,000 steps.
    rng = random.Random(100)
    flights = [[5 * layer + a, 5 * (layer + 1) + b, rng.randint(1, 10_000)]
               for layer in range(19) for a in range(5) for b in range(5)]
    _check(sol, 100, flights, 0, 99, 99)


def test_largest_fares(sol):
    # A chain 99 → 98 → ... → 0 of the dearest flights, 99 of them: 990,000 in all.
    chain = [[c, c - 1, 10_000] for c in range(99, 0, -1)]
    _check(sol, 100, chain, 99, 0, 98, 990_000)
    _check(sol, 100, chain, 99, 0, 97, -1)
    _check(sol, 100, [*chain, [99, 0, 10_000]], 99, 0, 0, 10_000)


def test_largest_flight_count(sol):
    # Every ordered pair of the 100 cities has a flight: 9,900 flights, fares 1 to 10,000.
    rng = random.Random(9900)
    flights = [[u, v, rng.randint(1, 10_000)] for u in range(100) for v in range(100) if u != v]
    flights[0][2], flights[-1][2] = 1, 10_000
    _check(sol, 100, flights, 0, 99, 2)
    _check(sol, 100, flights, 99, 0, 0)


def test_flights_unchanged(sol):
    flights = [[0, 2, 30], [2, 0, 5], [1, 2, 10], [0, 1, 10]]
    rows = list(flights)
    got = sol.find_cheapest_price(3, flights, 0, 2, 1)
    expect(got, 20, n=3, flights=[[0, 2, 30], [2, 0, 5], [1, 2, 10], [0, 1, 10]], src=0, dst=2,
           k=1)
    expect(flights, [[0, 2, 30], [2, 0, 5], [1, 2, 10], [0, 1, 10]],
           flights="the same list, after the call")
    expect(all(a is b for a, b in zip(flights, rows, strict=True)), True,
           flights="the same flight lists, in the same order, after the call")
