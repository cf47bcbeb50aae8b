"""Counting bits: how many ones in the binary form of every number from 0 to n."""


def count_bits(n: int) -> list[int]:
    """Return ``bits`` with ``bits[i]`` the number of 1 bits in ``i``, for ``i`` in ``0..n``.

    Shifting ``i`` right by one drops its lowest bit and gives a smaller number whose count is
    already known, so ``bits[i] = bits[i >> 1] + (i & 1)``: one step per number. Time O(n),
    extra space O(1) beyond the answer.
    """
    bits = [0] * (n + 1)
    for i in range(1, n + 1):
        bits[i] = bits[i >> 1] + (i & 1)
    return bits
