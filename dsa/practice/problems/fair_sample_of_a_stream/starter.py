"""A fair sample from a stream, in one pass: reservoir sampling with a seeded generator."""

import random  # noqa: F401  (you will need random.Random(seed))


def reservoir_sample(stream: list[int], k: int, seed: int) -> list[int]:
    """Return the k slots after reservoir sampling ``stream`` with ``random.Random(seed)``."""
    raise NotImplementedError("write your solution here")
