"""Leading zeros lost: reverses the digits of bin(n), which has no leading zeros."""


def reverse_bits(n: int) -> int:
    return int(bin(n)[2:][::-1], 2)
