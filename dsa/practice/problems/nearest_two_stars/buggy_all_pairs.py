"""All pairs: correct, but n²/2 distances, ~1.25·10⁹ at the largest size."""


def closest_pair(points: list[list[int]]) -> int:
    best = None
    for i, (x, y) in enumerate(points):
        for qx, qy in points[i + 1:]:
            d = (qx - x) ** 2 + (qy - y) ** 2
            if best is None or d < best:
                best = d
    return best
