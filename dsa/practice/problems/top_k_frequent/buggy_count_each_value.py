"""Quadratic: calls nums.count for every distinct value, O(n · d) where O(n) is needed."""


def top_k_frequent(nums: list[int], k: int) -> list[int]:
    counts = {value: nums.count(value) for value in set(nums)}
    return sorted(counts, key=counts.__getitem__, reverse=True)[:k]
