"""Too slow: fills the water one level at a time, O(n * max height) instead of O(n)."""


def trap(heights: list[int]) -> int:
    water = 0
    for level in range(1, max(heights, default=0) + 1):
        first = last = -1
        count = 0
        for i, h in enumerate(heights):
            if h >= level:
                if first < 0:
                    first = i
                last = i
                count += 1
        if first >= 0:
            water += (last - first + 1) - count
    return water
