"""Wrong end: sorts the counts ascending and takes the first k, the least frequent values."""


def top_k_frequent(nums: list[int], k: int) -> list[int]:
    counts: dict[int, int] = {}
    for value in nums:
        counts[value] = counts.get(value, 0) + 1
    return sorted(counts, key=counts.__getitem__)[:k]
