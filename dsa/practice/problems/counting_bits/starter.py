"""Counting bits: how many ones in the binary form of every number from 0 to n."""


def count_bits(n: int) -> list[int]:
    """Return ``bits`` with ``bits[i]`` the number of 1 bits in ``i``, for ``i`` in ``0..n``."""
    raise NotImplementedError("write your solution here")
