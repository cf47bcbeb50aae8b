"""Hard-coded bound: reads only the 31 low bits of |n|, as if |n| < 2**31, but n = -2**31 gives
|n| = 2**31, whose one set bit is then never used."""


def my_pow(x: float, n: int) -> float:
    if n < 0:
        x, n = 1.0 / x, -n
    result, base = 1.0, float(x)
    for bit in range(31):
        if n >> bit & 1:
            result *= base
        base *= base
    return result
