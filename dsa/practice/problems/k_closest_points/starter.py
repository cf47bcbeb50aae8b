"""Return the k points closest to the origin."""


def k_closest(points: list[list[int]], k: int) -> list[list[int]]:
    """Return ``k`` of ``points`` nearest to (0, 0), as ``[x, y]`` lists in any order."""
    raise NotImplementedError("write your solution here")
