"""Quadratic where linear is needed: simulating the whole trip from every start."""


def can_complete_circuit(gas: list[int], cost: list[int]) -> int:
    """Return the first start whose simulated trip never runs dry; each try walks up to n legs."""
    n = len(gas)
    for start in range(n):
        tank = 0
        for step in range(n):
            i = (start + step) % n
            tank += gas[i] - cost[i]
            if tank < 0:
                break
        else:
            return start
    return -1
