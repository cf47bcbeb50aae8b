"""Wrong compartment: returns the fraction never infected, s_inf = 1 - r, instead of r."""

import math


def final_size(r0: float) -> float:
    if r0 <= 1.0:
        return 0.0
    lo, hi = 0.0, 1.0
    for _ in range(100):
        mid = (lo + hi) / 2
        if -math.expm1(-r0 * mid) - mid > 0:
            lo = mid
        else:
            hi = mid
    return 1.0 - (lo + hi) / 2
