"""A fair sample from a stream, in one pass: reservoir sampling with a seeded generator."""

import random


def reservoir_sample(stream: list[int], k: int, seed: int) -> list[int]:
    """Return the k slots after reservoir sampling ``stream`` with ``random.Random(seed)``.

    Algorithm R. Invariant: after item i, each of the i + 1 items seen is in the slots with
    probability k / (i + 1). Item i + 1 enters with probability k / (i + 2) (a draw below k), and
    a given slot is then its victim with probability 1 / k, so an earlier item survives with
    (k / (i + 1)) · (1 - 1 / (i + 2)) = k / (i + 2). O(n) time, O(k) extra space.
    """
    rng = random.Random(seed)
    slots: list[int] = []
    for i, item in enumerate(stream):
        if i < k:
            slots.append(item)
            continue
        j = rng.randrange(i + 1)
        if j < k:
            slots[j] = item
    return slots
