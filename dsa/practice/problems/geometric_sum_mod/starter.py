"""A sum of 10¹⁸ powers, modulo m: geometric series without division."""


def series_sums(queries: list[list[int]]) -> list[int]:
    """For each ``[a, k, m]`` return (1 + a + … + a^(k−1)) mod m, in query order."""
    raise NotImplementedError("write your solution here")
