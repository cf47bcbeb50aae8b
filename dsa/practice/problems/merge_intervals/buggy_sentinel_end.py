"""Bad sentinel: the end of the block so far starts at -10**6 as "before everything", but
intervals start as low as -10**9, so separate intervals below -10**6 are glued together."""


def merge(intervals: list[list[int]]) -> list[list[int]]:
    merged: list[list[int]] = []
    block_end = -10**6
    for start, end in sorted(intervals):
        if merged and start <= block_end:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
        block_end = max(block_end, end)
    return merged
