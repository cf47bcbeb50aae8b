"""Partition equal subset sum: can a list be split into two groups of equal sum?"""


def can_partition(nums: list[int]) -> bool:
    """Return True if nums splits into two groups (each number in one) with equal sums.

    The two groups have equal sums exactly when one of them sums to half the total, so an odd total
    is hopeless and otherwise this is 0/1 subset sum. The table of reachable sums is packed into
    the bits of one integer: bit s is set when some subset of the numbers seen so far sums to s.
    Adding x to every old subset shifts the whole set of sums left by x, and OR-ing keeps the old
    sums too. Each shift reads only the bits from before x, so x is never used twice — the
    job a right-to-left loop does in the usual boolean-list version.

    Time O(n · S) bit operations (done a machine word at a time), extra space O(S) bits.
    """
    total = sum(nums)
    if total % 2 == 1:
        return False
    half = total // 2
    reachable = 1  # only the empty subset, with sum 0
    for x in nums:
        reachable |= reachable << x
    return (reachable >> half) & 1 == 1
