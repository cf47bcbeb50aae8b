"""Trapping rain water: how much water the bars hold after rain."""


def trap(heights: list[int]) -> int:
    """Return the total units of water held between the bars ``heights``.

    The water above bar ``i`` is ``min(left_max, right_max) - heights[i]``. Two indices walk
    inward, each keeping the tallest bar seen on its side. If the left maximum is the lower one,
    the true right maximum of the left index is at least as tall, so the left bar's water is
    settled by the left maximum alone: add it and step on; likewise on the right. Time O(n),
    extra space O(1).
    """
    left, right = 0, len(heights) - 1
    left_max = right_max = 0
    water = 0
    while left <= right:
        if left_max <= right_max:
            left_max = max(left_max, heights[left])
            water += left_max - heights[left]
            left += 1
        else:
            right_max = max(right_max, heights[right])
            water += right_max - heights[right]
            right -= 1
    return water
