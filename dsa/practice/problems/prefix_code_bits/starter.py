"""The shortest encoding of a message by a prefix-free binary code."""


def fewest_bits(counts: list[int]) -> int:
    """Return the fewest bits a prefix-free code needs for symbols occurring ``counts`` times."""
    raise NotImplementedError("write your solution here")
