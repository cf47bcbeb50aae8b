"""Quadratic where n log n is needed: a longest-chain table comparing every pair of intervals."""


def erase_overlap_intervals(intervals: list[list[int]]) -> int:
    """Return n minus the longest chain of non-overlapping intervals, found by an O(n²) table."""
    ordered = sorted(intervals)
    chain = [1] * len(ordered)
    for i in range(len(ordered)):
        for j in range(i):
            if ordered[j][1] <= ordered[i][0] and chain[j] + 1 > chain[i]:
                chain[i] = chain[j] + 1
    return len(ordered) - max(chain, default=0)
