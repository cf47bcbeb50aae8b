"""Container with most water: the pair of lines that holds the most water."""


def max_area(heights: list[int]) -> int:
    """Return the largest ``(j - i) * min(heights[i], heights[j])`` over ``i < j``."""
    raise NotImplementedError("write your solution here")
