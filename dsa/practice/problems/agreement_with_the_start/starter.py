"""How far each suffix agrees with the start: the Z-array of a string."""


def z_values(s: str) -> list[int]:
    """Return ``z`` with ``z[i]`` = the length of the longest common prefix of s and s[i:]
    (so ``z[0] == len(s)``)."""
    raise NotImplementedError("write your solution here")
