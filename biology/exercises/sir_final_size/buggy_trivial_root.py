"""Trivial root: fixed-point iteration started from r = 0 stays at 0, the root with no epidemic."""

import math


def final_size(r0: float) -> float:
    r = 0.0
    for _ in range(1000):
        r = 1.0 - math.exp(-r0 * r)
    return r
