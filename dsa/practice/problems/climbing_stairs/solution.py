"""Climbing stairs: count the ways to climb n stairs in steps of one or two."""


def climb_stairs(n: int) -> int:
    """Return the number of move sequences (each move 1 or 2 stairs) that climb exactly n stairs.

    Every climb of n stairs ends with a 1-move (after a climb of n - 1) or a 2-move (after a
    climb of n - 2), and those two groups never overlap, so ways(n) = ways(n - 1) + ways(n - 2),
    with ways(0) = ways(1) = 1: the Fibonacci numbers shifted by one. Counting upward and keeping
    only the last two values avoids both the exponential blow-up of plain recursion and a table.

    Time O(n), extra space O(1).
    """
    before, current = 1, 1  # ways(i - 1), ways(i), starting at i = 1 (ways(0) = 1)
    for _ in range(n - 1):
        before, current = current, before + current
    return current
