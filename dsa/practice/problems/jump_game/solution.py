"""Jump game: can the last index be reached?"""


def can_jump(nums: list[int]) -> bool:
    """Return True if jumps of 1..nums[i] from index i can carry you from index 0 to the end.

    The reachable indices always form a prefix 0..farthest: if you can reach index j, you can reach
    every index before it (stop short on the jump that passed it). So one number describes them.
    Walking left to right, each reachable index may push farthest further; meeting an index past
    farthest means the prefix has ended short of the goal.

    Time O(n), extra space O(1).
    """
    farthest = 0
    for i, length in enumerate(nums):
        if i > farthest:
            return False
        farthest = max(farthest, i + length)
    return True
