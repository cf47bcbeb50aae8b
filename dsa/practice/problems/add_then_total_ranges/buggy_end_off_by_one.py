"""End off by one: the addition is cancelled at b instead of b + 1, so nums[b] never gets it."""


def _add(tree: list[int], i: int, x: int) -> None:
    i += 1
    while i < len(tree):
        tree[i] += x
        i += i & -i


def _prefix(tree: list[int], i: int) -> int:
    """The sum of the first i entries (positions 0 … i - 1) of the array behind ``tree``."""
    total = 0
    while i > 0:
        total += tree[i]
        i -= i & -i
    return total


def add_and_total(nums: list[int], ops: list[list[int]]) -> list[int]:
    """For each ``[a, b, x, c, d]``: add x to nums[a..b], then report sum(nums[c..d]).

    The additions are kept apart from ``nums`` (whose prefix sums never change) in a difference
    array: adding x on [a, b] is ``diff[a] += x, diff[b + 1] -= x``. The added amount at j is
    the sum of diff[0..j], so the added total over positions < i is
    ``Σ_{j<i} diff[j] · (i - j) = i · Σ diff[j] - Σ j · diff[j]``: two Fenwick trees, one of
    ``diff[j]`` and one of ``j · diff[j]``, give it in O(log n). O(n + q log n) time, O(n) space.
    """
    n = len(nums)
    base = [0] * (n + 1)
    for i, value in enumerate(nums):
        base[i + 1] = base[i] + value
    plain, weighted = [0] * (n + 2), [0] * (n + 2)

    def added_below(i: int) -> int:
        return i * _prefix(plain, i) - _prefix(weighted, i)

    out = []
    for a, b, x, c, d in ops:
        if x:
            _add(plain, a, x)
            _add(weighted, a, a * x)
            _add(plain, b, -x)
            _add(weighted, b, -b * x)
        out.append(base[d + 1] - base[c] + added_below(d + 1) - added_below(c))
    return out
