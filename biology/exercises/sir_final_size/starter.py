"""The final size of an SIR epidemic: the fraction ever infected, from R0 alone.

Write ``final_size``: solve r = 1 - exp(-R0 r) for the epidemic's root r > 0.
"""


def final_size(r0: float) -> float:
    """The fraction of the population ever infected when an epidemic with basic reproduction
    number ``r0`` has run its course: the root r > 0 of r = 1 - exp(-r0 r) when r0 > 1, and
    0.0 when r0 <= 1 (no epidemic).
    """
    raise NotImplementedError("write your solution here")
