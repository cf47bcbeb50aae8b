"""Wrong type: sums binomial coefficients with true division, so the count comes back a float."""

from math import factorial


def climb_stairs(n: int) -> int:
    total = 0
    for twos in range(n // 2 + 1):
        ones = n - 2 * twos
        total += factorial(ones + twos) / (factorial(ones) * factorial(twos))
    return total
