"""Grid points strictly inside a field: the shoelace formula, gcd per side, Pick's theorem."""

from math import gcd


def interior_points(vertices: list[list[int]]) -> int:
    """Return how many integer points lie strictly inside the simple polygon ``vertices``.

    Twice the area is the absolute shoelace sum (exact integers, either orientation); the side
    from p to q holds gcd(|dx|, |dy|) grid points besides p. Pick's theorem, A = I + B/2 − 1,
    gives I = (2A − B + 2) / 2. O(n log C) time, O(1) extra space.
    """
    twice_area = border = 0
    x0, y0 = vertices[-1]
    for x1, y1 in vertices:
        twice_area += x0 * y1 - x1 * y0
        border += gcd(abs(x1 - x0), abs(y1 - y0))
        x0, y0 = x1, y1
    return (abs(twice_area) - border + 2) // 2
