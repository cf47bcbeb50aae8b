"""Exact big integers: math.comb then % M is right, but C(10⁶, 5·10⁵) alone takes seconds."""

import math

M = 1_000_000_007


def binomials_mod(ns: list[int], ks: list[int]) -> list[int]:
    return [math.comb(n, k) % M for n, k in zip(ns, ks, strict=False)]
