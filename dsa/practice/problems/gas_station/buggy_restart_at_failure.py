"""Off by one: after running dry on leg i, the new candidate is i instead of i + 1."""


def can_complete_circuit(gas: list[int], cost: list[int]) -> int:
    """Return the candidate start, but a failing station i becomes the next candidate itself."""
    start, tank, balance = 0, 0, 0
    for i in range(len(gas)):
        tank += gas[i] - cost[i]
        balance += gas[i] - cost[i]
        if tank < 0:
            start, tank = i, 0
    return start if balance >= 0 else -1
