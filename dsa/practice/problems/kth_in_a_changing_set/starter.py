"""The k-th smallest while numbers come and go: an order statistic of a changing multiset."""


def kth_after_changes(queries: list[list[int]]) -> list[int]:
    """Carry out ``queries`` on an empty multiset: ``[0, x]`` adds a copy of x, ``[1, x]`` removes
    one copy, ``[2, k]`` asks for the k-th smallest (from 1). Return the answers in order."""
    raise NotImplementedError("write your solution here")
