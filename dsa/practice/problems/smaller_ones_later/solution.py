"""How many smaller numbers come later: a Fenwick tree of counts over the values' ranks."""


def smaller_to_the_right(nums: list[int]) -> list[int]:
    """Return ``counts`` with ``counts[i]`` = how many ``j > i`` have ``nums[j] < nums[i]``.

    Right to left, the entries already passed are exactly those after i. A Fenwick tree over
    the values' ranks (1-based) holds how many of each were passed; ranks below nums[i]'s own
    make a prefix sum, and each step is one query and one update of O(log n). O(n log n) time,
    O(n) extra space.
    """
    rank = {x: r + 1 for r, x in enumerate(sorted(set(nums)))}
    size = len(rank)
    tree = [0] * (size + 1)
    counts = [0] * len(nums)
    for i in range(len(nums) - 1, -1, -1):
        r = rank[nums[i]]
        total, j = 0, r - 1  # strictly smaller: the prefix ends just before this rank
        while j > 0:
            total += tree[j]
            j -= j & -j
        counts[i] = total
        while r <= size:
            tree[r] += 1
            r += r & -r
    return counts
