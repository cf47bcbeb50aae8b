"""Wrong type: the result starts as the int 1, so x to the power 0 returns 1, not 1.0."""


def my_pow(x: float, n: int) -> float:
    if n < 0:
        x, n = 1.0 / x, -n
    result, base = 1, x
    while n > 0:
        if n & 1:
            result *= base
        base *= base
        n >>= 1
    return result
