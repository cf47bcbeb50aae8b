"""Fixed pivot: quickselect around the first value, O(n²) when the street is listed in order."""


def gathering_cost(positions: list[int]) -> int:
    values, k = positions, (len(positions) + 1) // 2
    while True:
        pivot = values[0]
        below = [x for x in values if x < pivot]
        if k <= len(below):
            values = below
            continue
        equal = values.count(pivot)
        if k <= len(below) + equal:
            break
        k -= len(below) + equal
        values = [x for x in values if x > pivot]
    return sum(abs(x - pivot) for x in positions)
