"""The smallest x with a·x ≡ b (mod m): the extended Euclidean algorithm."""


def _extended_gcd(a: int, b: int) -> tuple[int, int]:
    """``(g, s)`` with g = gcd(a, b) and s·a ≡ g (mod b), by the iterative extended Euclid."""
    old_r, r, old_s, s = a, b, 1, 0
    while r:
        q = old_r // r
        old_r, r = r, old_r - q * r
        old_s, s = s, old_s - q * s
    return old_r, old_s


def _smallest(a: int, b: int, m: int) -> int:
    g, s = _extended_gcd(a % m, m)  # g = gcd(a, m); with a % m == 0, g = m and s = 0
    if b % g:
        return -1
    step = m // g  # the solutions are x0, x0 + step, x0 + 2·step, …
    return (b // g) * s % step


def smallest_solutions(queries: list[list[int]]) -> list[int]:
    """For each ``[a, b, m]`` return the smallest x >= 0 with (a*x - b) % m == 0, or -1.

    With g = gcd(a, m): a·x − b is a multiple of m only if g divides b; then s·a ≡ g (mod m)
    from the extended Euclid gives x0 = (b / g)·s, and all solutions are x0 plus multiples of
    m / g, so x0 mod (m / g) is the smallest. O(log m) per query, O(q log m) in all.
    """
    return [_smallest(a, b, m) for a, b, m in queries]
