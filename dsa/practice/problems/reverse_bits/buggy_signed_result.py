"""Signed result: wraps results of 2**31 and above to negative, as a 32-bit signed int would."""


def reverse_bits(n: int) -> int:
    result = 0
    for _ in range(32):
        result = (result << 1) | (n & 1)
        n >>= 1
    return result - 2**32 if result >= 2**31 else result
