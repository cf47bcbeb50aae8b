"""Neighbours in x only: sorts by x and compares consecutive points, missing pairs split by
points that are near in x but far in y."""


def closest_pair(points: list[list[int]]) -> int:
    pts = sorted(map(tuple, points))
    return min((pts[i + 1][0] - pts[i][0]) ** 2 + (pts[i + 1][1] - pts[i][1]) ** 2
               for i in range(len(pts) - 1))
