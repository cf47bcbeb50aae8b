"""Exponential time: recursion on the three edits with no cache of solved prefix pairs."""


def min_distance(a: str, b: str) -> int:
    """Return the distance by recursion that re-solves the same prefix pairs again and again."""
    if not a or not b:
        return len(a) + len(b)
    if a[-1] == b[-1]:
        return min_distance(a[:-1], b[:-1])
    return 1 + min(min_distance(a[:-1], b), min_distance(a, b[:-1]),
                   min_distance(a[:-1], b[:-1]))
