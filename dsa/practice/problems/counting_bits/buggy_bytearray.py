"""Wrong type: stores the counts in a bytearray (they fit in a byte) and returns it, not a list."""


def count_bits(n: int) -> list[int]:
    bits = bytearray(n + 1)
    for i in range(1, n + 1):
        bits[i] = bits[i >> 1] + (i & 1)
    return bits
