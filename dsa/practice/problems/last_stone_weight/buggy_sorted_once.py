"""Sorts once: treats the pile as fixed order, so a new stone is never compared with the rest."""


def last_stone_weight(stones: list[int]) -> int:
    pile = sorted(stones, reverse=True)
    while len(pile) > 1:
        heaviest, second = pile[0], pile[1]
        pile = pile[2:]
        if heaviest != second:
            pile.append(heaviest - second)
    return pile[0] if pile else 0
