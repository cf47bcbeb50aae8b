"""Shuffles a copy of the whole stream and keeps k: a fair sample, but O(n) memory and not the
stated draws, so the answer cannot be reproduced."""

import random


def reservoir_sample(stream: list[int], k: int, seed: int) -> list[int]:
    copy = list(stream)
    if len(copy) <= k:
        return copy
    random.Random(seed).shuffle(copy)
    return copy[:k]
