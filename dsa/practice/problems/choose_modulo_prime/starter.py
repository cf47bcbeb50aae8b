"""Many binomial coefficients modulo a prime."""

M = 1_000_000_007


def binomials_mod(ns: list[int], ks: list[int]) -> list[int]:
    """Return ``[C(n, k) % M for n, k in zip(ns, ks)]`` (0 when k > n)."""
    raise NotImplementedError("write your solution here")
