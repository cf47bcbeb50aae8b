"""Container with most water: the pair of lines that holds the most water."""


def max_area(heights: list[int]) -> int:
    """Return the largest ``(j - i) * min(heights[i], heights[j])`` over ``i < j``.

    Two indices start at the ends. The shorter of the two lines limits every container that
    keeps it, and all of those are narrower than the current one, so none can hold more: that
    line can be dropped by moving its index inward. Each step drops one line. Time O(n), extra
    space O(1).
    """
    left, right = 0, len(heights) - 1
    best = 0
    while left < right:
        width = right - left
        if heights[left] < heights[right]:
            best = max(best, width * heights[left])
            left += 1
        else:
            best = max(best, width * heights[right])
            right -= 1
    return best
