"""Quadratic: scans left and right for the tallest bar at every index, O(n²)."""


def trap(heights: list[int]) -> int:
    water = 0
    for i in range(len(heights)):
        left_max = max(heights[: i + 1])
        right_max = max(heights[i:])
        water += min(left_max, right_max) - heights[i]
    return water
