"""Treats every entrant as having at least one ticket (max(w, 1)), so those with none can win
and the others' shares shrink."""

import bisect
import random
from itertools import accumulate


def draw_winners(weights: list[int], k: int, seed: int) -> list[int]:
    rng = random.Random(seed)
    ends = list(accumulate(max(w, 1) for w in weights))
    return [bisect.bisect_right(ends, rng.randrange(ends[-1])) for _ in range(k)]
