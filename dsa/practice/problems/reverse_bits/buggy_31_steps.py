"""Off by one: moves only 31 bits, so the top bit of n never arrives and the rest sit one low."""


def reverse_bits(n: int) -> int:
    result = 0
    for _ in range(31):
        result = (result << 1) | (n & 1)
        n >>= 1
    return result
