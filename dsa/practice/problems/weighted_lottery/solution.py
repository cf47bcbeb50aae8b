"""A lottery with weighted tickets: running totals and a binary search per draw."""

import bisect
import random
from itertools import accumulate


def draw_winners(weights: list[int], k: int, seed: int) -> list[int]:
    """Return ``k`` indices drawn with replacement, i with probability weights[i] / total.

    Number the tickets 0 … total − 1 in entrant order; ends[i] is one past entrant i's last
    ticket. A uniform ticket r belongs to the first entrant whose end exceeds r, found by
    bisect_right; an entrant with no tickets has an empty range and can never be found.
    O(n + k log n) time, O(n) extra space.
    """
    rng = random.Random(seed)
    ends = list(accumulate(weights))
    total = ends[-1]
    return [bisect.bisect_right(ends, rng.randrange(total)) for _ in range(k)]
