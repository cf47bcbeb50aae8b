"""Reverse bits: the 32 binary digits of a number, in reverse order."""


def reverse_bits(n: int) -> int:
    """Return the 32-bit unsigned integer whose bits are those of ``n`` reversed."""
    raise NotImplementedError("write your solution here")
