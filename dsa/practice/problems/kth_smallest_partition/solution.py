"""The k-th smallest value by quickselect with a random pivot and a three-way partition.

Each round splits the candidates into those below, equal to and above a pivot chosen uniformly at
random; rank k lies in exactly one group, and only that group survives. A random pivot leaves an
expected constant fraction of the candidates behind each round, so the rounds cost
n + 3n/4 + ... = O(n) expected (O(n²) only with vanishing probability). The equal group is what
makes a list of one repeated value finish in a single round.

Time O(n) expected; space O(n) for the groups.
"""

import random


def kth_smallest(nums: list[int], k: int) -> int:
    """Return the value at position ``k`` (from 1) of ``nums`` sorted in increasing order."""
    rng = random.Random(len(nums))  # seeded: the same input takes the same time on every run
    candidates = nums
    while True:
        pivot = candidates[rng.randrange(len(candidates))]
        below = [x for x in candidates if x < pivot]
        if k <= len(below):
            candidates = below
            continue
        equal = sum(1 for x in candidates if x == pivot)
        if k <= len(below) + equal:
            return pivot
        k -= len(below) + equal
        candidates = [x for x in candidates if x > pivot]
