"""Trial division of every number up to its square root: right, but about a thousand steps for
each prime near 10⁶."""


def factorize_all(nums: list[int]) -> list[list[int]]:
    answers = []
    for x in nums:
        factors, d = [], 2
        while d * d <= x:
            while x % d == 0:
                factors.append(d)
                x //= d
            d += 1
        if x > 1:
            factors.append(x)
        answers.append(factors)
    return answers
