"""Quadratic: sorts the whole pile again on every turn, O(n² log n) instead of O(n log n)."""


def last_stone_weight(stones: list[int]) -> int:
    pile = list(stones)
    while len(pile) > 1:
        pile.sort()
        heaviest = pile.pop()
        second = pile.pop()
        if heaviest != second:
            pile.append(heaviest - second)
    return pile[0] if pile else 0
