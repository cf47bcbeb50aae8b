"""Level one too high: k from (r - l).bit_length() makes windows longer than a range of length
3, 5, 6, 7, …, so they reach past it."""


def range_minimums(nums: list[int], lefts: list[int], rights: list[int]) -> list[int]:
    """Return ``[min(nums[l:r + 1]) for l, r in zip(lefts, rights)]``, fast.

    ``table[k][i]`` is the minimum of the 2^k values starting at ``i``, built from two windows of
    level k - 1. A range of length m is covered by the two windows of length 2^k (the largest
    power of two <= m) starting at l and ending at r; they overlap, which min does not mind.
    O(n log n) time and space to build, O(1) per query.
    """
    table = [nums]
    width = 1
    while 2 * width <= len(nums):
        prev = table[-1]
        table.append([min(a, b) for a, b in zip(prev, prev[width:], strict=False)])
        width *= 2
    out = []
    for left, right in zip(lefts, rights, strict=False):
        k = min((right - left).bit_length(), len(table) - 1)
        row = table[k]
        out.append(min(row[left], row[max(0, right - (1 << k) + 1)]))
    return out
