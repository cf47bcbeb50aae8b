"""Gas station: find a start from which a circular trip never runs dry."""


def can_complete_circuit(gas: list[int], cost: list[int]) -> int:
    """Return an index from which the whole circle can be driven, or -1 if none exists.

    If a trip starting at s first runs dry on leg i, no station s < k <= i can start a full trip
    either: the car reached k from s with a tank of at least 0, so starting at k with an empty tank
    reaches i with no more gas and also runs dry. Hence the candidate can jump to i + 1. And if the
    total gas covers the total cost, the last candidate always works: the deficit it meets after the
    wrap-around is already paid for by the surplus it built up. One pass does both checks.

    Time O(n), extra space O(1).
    """
    start, tank, balance = 0, 0, 0
    for i, (fill, burn) in enumerate(zip(gas, cost, strict=True)):
        tank += fill - burn
        balance += fill - burn
        if tank < 0:
            start, tank = i + 1, 0
    return start if balance >= 0 else -1
