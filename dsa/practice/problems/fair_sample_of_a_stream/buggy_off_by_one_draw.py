"""Off by one: draws randrange(i) instead of randrange(i + 1), so late items are favoured."""

import random


def reservoir_sample(stream: list[int], k: int, seed: int) -> list[int]:
    rng = random.Random(seed)
    slots: list[int] = []
    for i, item in enumerate(stream):
        if i < k:
            slots.append(item)
            continue
        j = rng.randrange(i)
        if j < k:
            slots[j] = item
    return slots
