"""Estimate how often, in little memory: a count-min sketch."""

P = 2**61 - 1  # a Mersenne prime: (a·x + b) mod P is a good hash family for x < P


def count_min_estimates(stream: list[int], queries: list[int], width: int,
                        hashes: list[list[int]]) -> list[int]:
    """Return the count-min sketch's estimate for each query (see the statement's hashes).

    d rows of ``width`` counters; an item adds 1 to one counter per row, chosen by that row's
    hash. Collisions only ever add, so every counter of x is >= the true count of x, and the
    smallest of them is the estimate. With width w the excess is below e·n / w except with
    probability e^(-d). O((n + q) · d) time, O(width · d) extra space.
    """
    table = [[0] * width for _ in hashes]
    for (a, b), row in zip(hashes, table, strict=False):
        for x in stream:
            row[(a * x + b) % P % width] += 1
    return [min(row[(a * y + b) % P % width] for (a, b), row in zip(hashes, table, strict=False))
            for y in queries]
