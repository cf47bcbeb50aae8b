"""Counts equal values as smaller: the prefix sum runs up to the value's own rank."""


def smaller_to_the_right(nums: list[int]) -> list[int]:
    rank = {x: r + 1 for r, x in enumerate(sorted(set(nums)))}
    size = len(rank)
    tree = [0] * (size + 1)
    counts = [0] * len(nums)
    for i in range(len(nums) - 1, -1, -1):
        r = rank[nums[i]]
        total, j = 0, r
        while j > 0:
            total += tree[j]
            j -= j & -j
        counts[i] = total
        while r <= size:
            tree[r] += 1
            r += r & -r
    return counts
