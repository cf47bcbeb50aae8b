"""Modifies the input: turns gas into the net gain gas[i] - cost[i] in place to save memory."""


def can_complete_circuit(gas: list[int], cost: list[int]) -> int:
    for i in range(len(gas)):
        gas[i] -= cost[i]
    if sum(gas) < 0:
        return -1
    start, tank = 0, 0
    for i, gain in enumerate(gas):
        tank += gain
        if tank < 0:
            start, tank = i + 1, 0
    return start
