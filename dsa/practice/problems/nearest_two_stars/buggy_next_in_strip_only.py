"""Next in y only: each strip point is compared with the one point after it, not up to 7."""


def _strip_best(strip: list[tuple[int, int]], best: int) -> int:
    """Smallest squared distance in a y-sorted strip, or ``best`` if none is smaller."""
    for i, (x, y) in enumerate(strip):
        for j in range(i + 1, min(i + 2, len(strip))):
            qx, qy = strip[j]
            dy = qy - y
            if dy * dy >= best:
                break                    # sorted by y: every later point is further still
            d = (qx - x) ** 2 + dy * dy
            if d < best:
                best = d
    return best


def closest_pair(points: list[list[int]]) -> int:
    """Return the smallest squared distance between two of the points.

    Divide and conquer, bottom-up (no recursion): blocks of the x-sorted points double in size;
    merging two neighbouring blocks re-sorts them by y (two sorted runs: a linear merge for
    Timsort) and checks the strip of points closer to the dividing x than the best so far. A
    point of the strip meets at most 7 others before the y-gap alone is too big, so each level is
    O(n) and the whole is O(n log n) time, O(n) extra space.
    """
    by_x = sorted((x, y) for x, y in points)
    n = len(by_x)
    best = min((by_x[i + 1][0] - by_x[i][0]) ** 2 + (by_x[i + 1][1] - by_x[i][1]) ** 2
               for i in range(n - 1))    # any pair gives a first bound
    blocks = [[(y, x)] for x, y in by_x]  # each block sorted by y, blocks in x order
    width = 1
    while width < n:
        merged = []
        for start in range(0, len(blocks), 2):
            if start + 1 == len(blocks):
                merged.append(blocks[start])
                continue
            split_x = by_x[(start + 1) * width][0]
            block = sorted(blocks[start] + blocks[start + 1])
            strip = [(x, y) for y, x in block if (x - split_x) ** 2 < best]
            best = _strip_best(strip, best)
            merged.append(block)
        blocks = merged
        width *= 2
    return best
