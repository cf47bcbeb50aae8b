"""Uses the module-level random functions instead of random.Random(seed): fair, but the same
arguments give different draws every time."""

import bisect
import random
from itertools import accumulate


def draw_winners(weights: list[int], k: int, seed: int) -> list[int]:
    ends = list(accumulate(weights))
    return [bisect.bisect_right(ends, random.randrange(ends[-1])) for _ in range(k)]
