"""Off by one: counts for 0..n-1 only, one entry short."""


def count_bits(n: int) -> list[int]:
    return [bin(i).count("1") for i in range(n)]
