"""Hard-coded bound: looks counts up in a 16-bit table, so bits above bit 15 are never counted."""


def count_bits(n: int) -> list[int]:
    table = [0] * (1 << 16)
    for i in range(1, 1 << 16):
        table[i] = table[i >> 1] + (i & 1)
    return [table[i & 0xFFFF] for i in range(n + 1)]
