"""Longest increasing subsequence: its length, in O(n log n)."""

from bisect import bisect_left


def length_of_lis(nums: list[int]) -> int:
    """Return the length of the longest strictly increasing subsequence of nums.

    Invariant (patience sorting): tails[L - 1] is the smallest value that ends some strictly
    increasing subsequence of length L among the numbers seen so far. A smaller tail is never worse,
    so each new number x either extends the longest run (x beats every tail) or lowers the first
    tail >= x. tails stays strictly increasing, so that tail is found by binary search; bisect_left
    (not bisect_right) keeps equal values from counting as an increase.

    Time O(n log n), extra space O(n).
    """
    tails: list[int] = []
    for x in nums:
        i = bisect_left(tails, x)
        if i == len(tails):
            tails.append(x)
        else:
            tails[i] = x
    return len(tails)
