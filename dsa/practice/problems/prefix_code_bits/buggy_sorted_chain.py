"""Sort once and fold: merges the running total with the next count, a lopsided tree."""


def fewest_bits(counts: list[int]) -> int:
    if len(counts) == 1:
        return counts[0]
    ordered = sorted(counts)
    running, total = ordered[0], 0
    for count in ordered[1:]:
        running += count
        total += running
    return total
