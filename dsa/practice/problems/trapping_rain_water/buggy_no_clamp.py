"""Bar left out: the maxima exclude bar i itself, and a negative depth is added, not zero."""


def trap(heights: list[int]) -> int:
    n = len(heights)
    water = 0
    for i in range(1, n - 1):
        left_max = max(heights[:i])
        right_max = max(heights[i + 1:])
        water += min(left_max, right_max) - heights[i]
    return water
