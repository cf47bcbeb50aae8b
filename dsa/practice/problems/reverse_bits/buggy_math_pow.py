"""Wrong type: adds math.pow(2, k) for each set bit, so the result is a float, not an int."""

import math


def reverse_bits(n: int) -> int:
    result = 0
    for i in range(32):
        if n >> i & 1:
            result += math.pow(2, 31 - i)
    return result
