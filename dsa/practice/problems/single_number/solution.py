"""Single number: the one value that does not come in a pair."""


def single_number(nums: list[int]) -> int:
    """Return the value that occurs once; every other value of ``nums`` occurs twice.

    XOR is associative and commutative, ``x ^ x == 0`` and ``x ^ 0 == x``; so XOR-ing all the
    values makes every pair cancel whatever the order, leaving the single value. Python's
    integers behave as infinite two's complement, so negative values need no special case.
    Time O(n), extra space O(1).
    """
    single = 0
    for value in nums:
        single ^= value
    return single
