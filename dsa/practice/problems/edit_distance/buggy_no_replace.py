"""Missing an operation: only inserts and deletes are tried, so a replacement costs two edits."""


def min_distance(a: str, b: str) -> int:
    """Return the distance using inserts and deletes only (forgets the diagonal replace step)."""
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            if a[i - 1] == b[j - 1]:
                current[j] = previous[j - 1]
            else:
                current[j] = 1 + min(previous[j], current[j - 1])
        previous = current
    return previous[len(b)]
