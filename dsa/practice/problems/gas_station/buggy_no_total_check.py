"""Forgetting a case: the candidate is returned even when total gas cannot pay total cost."""


def can_complete_circuit(gas: list[int], cost: list[int]) -> int:
    """Return the last candidate start without checking sum(gas) >= sum(cost)."""
    start, tank = 0, 0
    for i in range(len(gas)):
        tank += gas[i] - cost[i]
        if tank < 0:
            start, tank = i + 1, 0
    return start if start < len(gas) else -1
