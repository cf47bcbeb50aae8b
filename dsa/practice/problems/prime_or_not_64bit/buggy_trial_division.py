"""Trial division by odd numbers up to √n: exact, but ~2·10⁹ steps for one 64-bit prime."""

from math import isqrt


def which_are_prime(nums: list[int]) -> list[bool]:
    out = []
    for n in nums:
        if n < 4:
            out.append(n > 1)
            continue
        prime = n % 2 == 1
        d = 3
        while prime and d <= isqrt(n):
            prime = n % d != 0
            d += 2
        out.append(prime)
    return out
