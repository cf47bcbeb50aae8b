"""The longest route between two towns on a tree of roads."""


def longest_route(n: int, roads: list[list[int]]) -> int:
    """Return the length of the longest route between two of the ``n`` towns (0 if one town)."""
    raise NotImplementedError("write your solution here")
