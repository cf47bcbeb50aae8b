"""Sieves with p < isqrt(V) instead of p ≤ isqrt(V): when the largest number is the square of
a prime, its factor is never marked and the square is reported as prime."""

from math import isqrt


def factorize_all(nums: list[int]) -> list[list[int]]:
    limit = max(nums)
    spf = list(range(limit + 1))
    for p in range(isqrt(limit) - 1, 1, -1):
        spf[p * p::p] = [p] * len(range(p * p, limit + 1, p))
    answers = []
    for x in nums:
        factors = []
        while x > 1:
            factors.append(spf[x])
            x //= spf[x]
        answers.append(factors)
    return answers
