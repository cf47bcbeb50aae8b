"""Lowest common ancestors of many pairs of nodes in a rooted tree."""


def lowest_common_ancestors(parent: list[int], queries: list[list[int]]) -> list[int]:
    """Return the lowest common ancestor of each ``[u, v]`` in ``queries`` (root 0)."""
    raise NotImplementedError("write your solution here")
