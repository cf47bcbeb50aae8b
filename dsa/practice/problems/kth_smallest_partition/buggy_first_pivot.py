"""Fixed pivot: always partitions around the first value, so a sorted list takes O(n²) time."""


def kth_smallest(nums: list[int], k: int) -> int:
    candidates = nums
    while True:
        pivot = candidates[0]
        below = [x for x in candidates if x < pivot]
        if k <= len(below):
            candidates = below
            continue
        equal = candidates.count(pivot)
        if k <= len(below) + equal:
            return pivot
        k -= len(below) + equal
        candidates = [x for x in candidates if x > pivot]
