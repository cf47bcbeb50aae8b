"""Walks the weights from the start for every draw: right, but O(n) per draw."""

import random


def draw_winners(weights: list[int], k: int, seed: int) -> list[int]:
    rng = random.Random(seed)
    total = sum(weights)
    winners = []
    for _ in range(k):
        r = rng.randrange(total)
        i = 0
        while r >= weights[i]:
            r -= weights[i]
            i += 1
        winners.append(i)
    return winners
