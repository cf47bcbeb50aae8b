"""House robber: the largest sum of values with no two neighbours taken."""


def rob(nums: list[int]) -> int:
    """Return the largest sum of nums[i] over a set of indices containing no two adjacent ones.

    The best plan for the first i + 1 houses either skips house i (and is the best plan for the
    first i) or robs it (and adds nums[i] to the best plan for the first i - 1, which cannot touch
    house i - 1). Each step needs only the previous two answers, so two running numbers suffice.

    Time O(n), extra space O(1).
    """
    two_back, one_back = 0, 0  # best totals for the houses before i - 1 and before i
    for money in nums:
        two_back, one_back = one_back, max(one_back, two_back + money)
    return one_back
