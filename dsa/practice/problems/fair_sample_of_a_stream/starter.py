"""A fair sample from a stream, in one pass: reservoir sampling with a seeded generator."""

import random


def reservoir_sample(stream: list[int], k: int, seed: int) -> list[int]:
    """Return the k slots after reservoir sampling ``stream`` with ``random.Random(seed)``."""
    raise NotImplementedError("write your solution here")
