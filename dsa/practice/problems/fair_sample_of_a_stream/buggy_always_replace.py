"""Always replaces: every later item evicts a random slot, so the sample is mostly late items."""

import random


def reservoir_sample(stream: list[int], k: int, seed: int) -> list[int]:
    rng = random.Random(seed)
    slots: list[int] = []
    for i, item in enumerate(stream):
        if i < k:
            slots.append(item)
            continue
        slots[rng.randrange(i + 1) % k] = item
    return slots
