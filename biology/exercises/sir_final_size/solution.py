"""The final size of an SIR epidemic: the fraction ever infected, from R0 alone."""

import math


def final_size(r0: float) -> float:
    """The root r in (0, 1) of r = 1 - exp(-R0 r) for R0 > 1, and 0.0 for R0 <= 1.

    r = 0 is always a root; the epidemic's is the other one. g(r) = 1 - exp(-R0 r) - r is
    positive just right of 0 when R0 > 1 and negative at r = 1, so bisection between them
    finds it. expm1 keeps g accurate for small r (R0 just above 1).
    """
    if r0 <= 1.0:
        return 0.0
    lo, hi = 0.0, 1.0
    for _ in range(100):
        mid = (lo + hi) / 2
        if -math.expm1(-r0 * mid) - mid > 0:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2
