"""Lost bit: builds on i >> 1 but always adds one, forgetting that the dropped bit may be 0."""


def count_bits(n: int) -> list[int]:
    bits = [0] * (n + 1)
    for i in range(1, n + 1):
        bits[i] = bits[i >> 1] + 1
    return bits
