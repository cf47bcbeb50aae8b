"""Edit distance: the fewest inserts, deletes and replacements turning one string into another."""


def min_distance(a: str, b: str) -> int:
    """Return the fewest single-character inserts, deletes and replacements turning a into b.

    Let d[i][j] be the distance from a[:i] to b[:j] (Levenshtein). Emptying a prefix, or building
    one from nothing, costs its length: d[i][0] = i, d[0][j] = j. Otherwise the last characters
    either match (d[i - 1][j - 1]) or one edit fixes the end: delete a[i - 1], insert b[j - 1] or
    replace one by the other, whichever leaves the cheapest smaller problem. Row i reads only row
    i - 1, so two rows are kept.

    Time O(m · n), extra space O(n) for n = len(b).
    """
    previous = list(range(len(b) + 1))  # row i - 1 of d; starts as row 0
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            if a[i - 1] == b[j - 1]:
                current[j] = previous[j - 1]
            else:
                current[j] = 1 + min(previous[j], current[j - 1], previous[j - 1])
        previous = current
    return previous[len(b)]
