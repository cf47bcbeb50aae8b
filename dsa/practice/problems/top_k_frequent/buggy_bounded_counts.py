"""Bounded table: counts in a list sized for |value| <= 10**5, so larger values break it."""


def top_k_frequent(nums: list[int], k: int) -> list[int]:
    offset = 100_000
    counts = [0] * (2 * offset + 1)
    for value in nums:
        counts[value + offset] += 1
    order = sorted(range(len(counts)), key=counts.__getitem__, reverse=True)
    return [slot - offset for slot in order[:k]]
