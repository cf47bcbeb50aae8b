"""A lottery with weighted tickets: k draws with probability proportional to the weights."""

import random  # use random.Random(seed) for every draw


def draw_winners(weights: list[int], k: int, seed: int) -> list[int]:
    """Return ``k`` indices drawn with replacement, index i with probability
    ``weights[i] / sum(weights)``, using only ``random.Random(seed)``."""
    raise NotImplementedError("write your solution here")
