"""A sum of 10¹⁸ powers, modulo m: an exact division after powering modulo m·(a − 1)."""


def _series(a: int, k: int, m: int) -> int:
    """(1 + a + … + a^(k−1)) mod m."""
    if a == 1:
        return k % m
    # a^k − 1 = (a − 1)·S exactly, so a^k − 1 ≡ (a − 1)·(S mod m) (mod m·(a − 1)) and the
    # quotient by a − 1 of the residue is S mod m. With a = 0, a − 1 = −1 and this still holds.
    modulus = m * abs(a - 1)
    return ((pow(a, k, modulus) - 1) % modulus) // abs(a - 1) if a else 1 % m


def series_sums(queries: list[list[int]]) -> list[int]:
    """For each ``[a, k, m]`` return (1 + a + … + a^(k−1)) mod m, in query order.

    Each answer is one modular power by repeated squaring, O(log k) multiplications of numbers
    below m·a, then one exact division: no inverse of a − 1 is needed, so any m works.
    O(q log k) time, O(q) extra space.
    """
    return [_series(a, k, m) for a, k, m in queries]
