"""Trapping rain water: how much water the bars hold after rain."""


def trap(heights: list[int]) -> int:
    """Return the total units of water held between the bars ``heights``."""
    raise NotImplementedError("write your solution here")
