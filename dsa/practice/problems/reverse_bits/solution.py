"""Reverse bits: the 32 binary digits of a number, in reverse order."""


def reverse_bits(n: int) -> int:
    """Return the 32-bit unsigned integer whose bits are those of ``n`` reversed.

    Take the bits of ``n`` from the lowest up (``n & 1``, then shift ``n`` right) and push each
    onto the result from the other end (shift the result left, OR the bit in). Doing this
    exactly 32 times keeps the leading zeros, which a reversal of ``bin(n)`` would lose.
    Time O(1) (32 steps), extra space O(1).
    """
    result = 0
    for _ in range(32):
        result = (result << 1) | (n & 1)
        n >>= 1
    return result
