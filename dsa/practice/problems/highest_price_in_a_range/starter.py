"""The highest price on a changing board: range maximum with point updates."""


def range_highs(prices: list[int], queries: list[list[int]]) -> list[int]:
    """Carry out ``queries``: ``[0, i, v]`` sets stall i's price to v, ``[1, l, r]`` asks for the
    highest price among stalls l..r (inclusive). Return the answers in order."""
    raise NotImplementedError("write your solution here")
