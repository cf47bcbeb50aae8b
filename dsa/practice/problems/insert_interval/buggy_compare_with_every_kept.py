"""Quadratic: checks each old interval against every interval already in the answer, O(n²)
where one pass is enough."""


def insert(intervals: list[list[int]], new_interval: list[int]) -> list[list[int]]:
    result = [list(new_interval)]
    for start, end in intervals:
        for kept in result:
            if start <= kept[1] and kept[0] <= end:
                kept[0], kept[1] = min(kept[0], start), max(kept[1], end)
                break
        else:
            result.append([start, end])
    return sorted(result)
