"""Grid points strictly inside a field: the shoelace formula and Pick's theorem."""


def interior_points(vertices: list[list[int]]) -> int:
    """Return how many integer points lie strictly inside the simple polygon ``vertices``
    (corners in order, either direction)."""
    raise NotImplementedError("write your solution here")
