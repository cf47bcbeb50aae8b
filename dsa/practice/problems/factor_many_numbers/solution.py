"""Prime factors of many numbers at once: a smallest-prime-factor sieve, then division."""

from math import isqrt


def _smallest_prime_factors(limit: int) -> list[int]:
    """``spf[x]`` = the smallest prime dividing x, for 2 ≤ x ≤ limit (spf[0] = spf[1] = 0)."""
    spf = list(range(limit + 1))
    # Going down from isqrt(limit), a smaller p overwrites a larger one's marks, so each entry
    # ends with its smallest prime factor. Slice assignment keeps the marking at C speed; a
    # composite p only marks multiples its own smallest prime marks again later.
    for p in range(isqrt(limit), 1, -1):
        spf[p * p::p] = [p] * len(range(p * p, limit + 1, p))
    return spf


def factorize_all(nums: list[int]) -> list[list[int]]:
    """Return, for each number in ``nums``, its prime factors in increasing order.

    One sieve up to V = max(nums) records every smallest prime factor, O(V log log V); each
    number then divides out spf[x] until it reaches 1, O(log x) steps as each factor is at
    least 2. O(V + n log V) extra space counting the answers.
    """
    spf = _smallest_prime_factors(max(nums))
    answers = []
    for x in nums:
        factors = []
        while x > 1:
            p = spf[x]
            factors.append(p)
            x //= p
        answers.append(factors)
    return answers
