"""Wrong type: the best area starts as 0.0, so when every container is empty it returns a float."""


def max_area(heights: list[int]) -> int:
    left, right = 0, len(heights) - 1
    best = 0.0
    while left < right:
        best = max(best, (right - left) * min(heights[left], heights[right]))
        if heights[left] < heights[right]:
            left += 1
        else:
            right -= 1
    return best
