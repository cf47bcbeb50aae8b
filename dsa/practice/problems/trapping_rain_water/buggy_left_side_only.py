"""One side only: fills every bar up to the tallest bar on its left, ignoring the right side."""


def trap(heights: list[int]) -> int:
    water = 0
    left_max = 0
    for height in heights:
        left_max = max(left_max, height)
        water += left_max - height
    return water
