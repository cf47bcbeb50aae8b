"""Jump game II: the fewest jumps to the last index."""


def min_jumps(nums: list[int]) -> int:
    """Return the fewest jumps (1..nums[i] places from index i) from index 0 to the last index.

    Breadth-first search without a queue: the indices reachable in exactly k jumps form a
    contiguous window, and the window for k + 1 ends at the farthest i + nums[i] over the current
    window. Scanning left to right with that running farthest, reaching the end of the current
    window means one more jump is needed. The last index is never jumped from, so the scan stops
    just before it.

    Time O(n), extra space O(1).
    """
    jumps, window_end, farthest = 0, 0, 0
    for i in range(len(nums) - 1):
        farthest = max(farthest, i + nums[i])
        if i == window_end:
            jumps += 1
            window_end = farthest
    return jumps
