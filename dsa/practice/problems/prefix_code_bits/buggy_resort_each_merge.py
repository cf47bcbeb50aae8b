"""No heap: sorts the whole list again before every merge, O(n² log n) in the worst case."""


def fewest_bits(counts: list[int]) -> int:
    if len(counts) == 1:
        return counts[0]
    weights, total = list(counts), 0
    while len(weights) > 1:
        weights.sort(reverse=True)
        merged = weights.pop() + weights.pop()
        total += merged
        weights.append(merged)
    return total
