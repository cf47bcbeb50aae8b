"""bisect_left instead of bisect_right: a ticket at the start of an entrant's range goes to the
entrant before it (or to one with no tickets at all)."""

import bisect
import random
from itertools import accumulate


def draw_winners(weights: list[int], k: int, seed: int) -> list[int]:
    rng = random.Random(seed)
    ends = list(accumulate(weights))
    return [bisect.bisect_left(ends, rng.randrange(ends[-1])) for _ in range(k)]
