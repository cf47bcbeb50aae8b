"""Tests for gas-station."""

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect, expect_true


def completes_from(gas: list[int], cost: list[int], start: int) -> bool:
    """Simulate the trip from start and say whether the tank stays at or above zero."""
    tank = 0
    for step in range(len(gas)):
        i = (start + step) % len(gas)
        tank += gas[i] - cost[i]
        if tank < 0:
            return False
    return True


def check(sol, gas, cost):
    """Accept -1 exactly when no start works, otherwise any start that works."""
    got = sol.can_complete_circuit(list(gas), list(cost))
    valid = [s for s in range(len(gas)) if completes_from(gas, cost, s)]
    if not valid:
        expect(got, -1, gas=gas, cost=cost)
    else:
        expect_true(isinstance(got, int) and not isinstance(got, bool) and got in valid,
                    f"{got!r} is not a working start; working starts include {valid[:5]}",
                    gas=gas, cost=cost)


def test_example_five_stations(sol):
    check(sol, [1, 2, 3, 4, 5], [3, 4, 5, 1, 2])


def test_example_not_enough_gas(sol):
    check(sol, [2, 3, 4], [3, 4, 3])


def test_example_single_station(sol):
    check(sol, [5], [4])


def test_single_station_too_far(sol):
    check(sol, [3], [4])


def test_exactly_enough(sol):
    check(sol, [0, 4, 0], [1, 1, 2])


def test_start_must_be_last(sol):
    check(sol, [1, 1, 1, 4], [2, 2, 2, 1])


@given(data=st.data(), n=st.integers(1, 10))
def test_matches_simulation(sol, data, n):
    gas = data.draw(st.lists(st.integers(0, 6), min_size=n, max_size=n), label="gas")
    cost = data.draw(st.lists(st.integers(0, 6), min_size=n, max_size=n), label="cost")
    check(sol, gas, cost)


def test_largest_late_start(sol):
    # Every start before the last runs n - 2 - start legs before the deficit at station n - 2:
    # simulating each start costs ~5·10⁹ legs in total.
    n = 100_000
    gas, cost = [1] * n, [1] * n
    cost[n - 2], gas[n - 1] = 2, 2
    expect(sol.can_complete_circuit(list(gas), list(cost)), n - 1,
           gas="[1] * 100_000, then gas[-1] = 2", cost="[1] * 100_000, then cost[-2] = 2")


def test_largest_impossible(sol):
    n = 100_000
    gas, cost = [3] * n, [3] * n
    cost[n // 2] = 4
    expect(sol.can_complete_circuit(list(gas), list(cost)), -1,
           gas="[3] * 100_000", cost="[3] * 100_000, then cost[50_000] = 4")


def test_largest_extreme_amounts(sol):
    # 10,000 gas and 10,000 cost almost everywhere; one station short by 10,000, one with a
    # spare 10,000 right after it, so only that station can start. Tanks reach 10**9.
    n = 100_000
    gas, cost = [10_000] * n, [10_000] * n
    gas[n // 3] = 0
    cost[n // 3 + 1] = 0
    expect(sol.can_complete_circuit(list(gas), list(cost)), n // 3 + 1,
           gas="[10_000] * 100_000, then gas[33_333] = 0",
           cost="[10_000] * 100_000, then cost[33_334] = 0")
    gas = [0] * n
    gas[-1] = 10_000
    cost = [0] * n
    cost[-2] = 10_000
    expect(sol.can_complete_circuit(list(gas), list(cost)), n - 1,
           gas="[0] * 100_000, then gas[-1] = 10_000",
           cost="[0] * 100_000, then cost[-2] = 10_000")
    cost[5] = 1
    expect(sol.can_complete_circuit(list(gas), list(cost)), -1,
           gas="[0] * 100_000, then gas[-1] = 10_000",
           cost="[0] * 100_000, then cost[-2] = 10_000 and cost[5] = 1")


def test_large_deficit(sol):
    # Short by 65,532 units in all: no start works, however the deficit is spread.
    n = 1_000
    cost = [0] * n
    cost[100:106] = [10_000] * 6
    cost[500] = 5_532
    expect(sol.can_complete_circuit([0] * n, list(cost)), -1, gas="[0] * 1_000",
           cost="six stations costing 10_000 and one costing 5_532, the rest 0")


def test_inputs_unchanged(sol):
    gas, cost = [1, 2, 3, 4, 5], [3, 4, 5, 1, 2]
    expect(sol.can_complete_circuit(gas, cost), 3, gas=[1, 2, 3, 4, 5], cost=[3, 4, 5, 1, 2])
    expect((gas, cost), ([1, 2, 3, 4, 5], [3, 4, 5, 1, 2]),
           gas="[1, 2, 3, 4, 5], after the call", cost="[3, 4, 5, 1, 2], after the call")
