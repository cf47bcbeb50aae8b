"""Wrong base case: the first row and column start at 0, as if emptying a prefix were free."""


def min_distance(a: str, b: str) -> int:
    """Return the distance with d[i][0] = d[0][j] = 0 instead of i and j."""
    previous = [0] * (len(b) + 1)
    for i in range(1, len(a) + 1):
        current = [0] * (len(b) + 1)
        for j in range(1, len(b) + 1):
            if a[i - 1] == b[j - 1]:
                current[j] = previous[j - 1]
            else:
                current[j] = 1 + min(previous[j], current[j - 1], previous[j - 1])
        previous = current
    return previous[len(b)]
