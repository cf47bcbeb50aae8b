"""Lists each distinct prime once, not as often as it divides the number."""

from math import isqrt


def factorize_all(nums: list[int]) -> list[list[int]]:
    limit = max(nums)
    spf = list(range(limit + 1))
    for p in range(isqrt(limit), 1, -1):
        spf[p * p::p] = [p] * len(range(p * p, limit + 1, p))
    answers = []
    for x in nums:
        factors = []
        while x > 1:
            p = spf[x]
            factors.append(p)
            while x % p == 0:
                x //= p
        answers.append(factors)
    return answers
