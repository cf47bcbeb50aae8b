"""Quadratic where linear is needed: relaxing every landing square of every jump."""


def min_jumps(nums: list[int]) -> int:
    """Return fewest[-1], where each index updates fewest[j] for all j it can jump to."""
    n = len(nums)
    fewest = [0] + [n] * (n - 1)
    for i in range(n):
        for j in range(i + 1, min(i + nums[i], n - 1) + 1):
            fewest[j] = min(fewest[j], fewest[i] + 1)
    return fewest[-1]
