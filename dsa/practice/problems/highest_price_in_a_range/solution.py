"""The highest price on a changing board: an iterative segment tree of maxima."""


def range_highs(prices: list[int], queries: list[list[int]]) -> list[int]:
    """Carry out ``queries`` on a copy of ``prices`` and return the answers to the questions.

    A bottom-up segment tree in a flat list of 2n: leaf i at n + i, node k = max(2k, 2k + 1).
    An update rewrites a leaf and its O(log n) ancestors; a question l..r climbs from both ends
    of the half-open range [l, r + 1), taking a node whenever an end is a right (or left)
    child that the parent would overshoot. O((n + q) log n) time, O(n) extra space.
    """
    n = len(prices)
    tree = [0] * n + list(prices)
    for k in range(n - 1, 0, -1):
        tree[k] = max(tree[2 * k], tree[2 * k + 1])
    answers = []
    for op, a, b in queries:
        if op == 0:
            k = a + n
            tree[k] = b
            k //= 2
            while k:
                tree[k] = max(tree[2 * k], tree[2 * k + 1])
                k //= 2
            continue
        lo, hi, best = a + n, b + n + 1, None
        while lo < hi:
            if lo & 1:
                best = tree[lo] if best is None else max(best, tree[lo])
                lo += 1
            if hi & 1:
                hi -= 1
                best = tree[hi] if best is None else max(best, tree[hi])
            lo //= 2
            hi //= 2
        answers.append(best)
    return answers
