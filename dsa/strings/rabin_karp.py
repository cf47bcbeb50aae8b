"""Rabin–Karp search: compare fingerprints (hashes) of windows, and characters only on a hash hit.

Treat a window of ``m`` characters as the digits of a number in base ``base``, taken modulo a
prime ``modulus``:

    h(s[i:i+m]) = (ord(s[i])·base^(m-1) + … + ord(s[i+m-1])) mod modulus

Sliding the window one place right is O(1) — drop the leading digit, shift, add the new digit:

    h(i+1) = ((h(i) - ord(s[i])·base^(m-1))·base + ord(s[i+m])) mod modulus

Invariant: ``window_hash`` is the hash of ``text[i:i+m]``. Equal strings have equal hashes, but
equal hashes may come from different strings (a collision), so every hash hit is **verified**
character by character; the answer is never wrong, only occasionally slower.

Time O(n + m) expected, O(n·m) worst (if every window collides); space O(1) beyond the output.
"""

from __future__ import annotations

__all__ = ["rabin_karp_search"]

DEFAULT_BASE = 256
DEFAULT_MODULUS = 1_000_000_007  # a prime, so collisions are rare for unrelated windows


def rabin_karp_search(
    text: str, pattern: str, *, base: int = DEFAULT_BASE, modulus: int = DEFAULT_MODULUS
) -> list[int]:
    """Return every start index of ``pattern`` in ``text`` (overlaps included).

    A tiny ``modulus`` makes collisions common; the result is still exact, as hits are verified.

    >>> rabin_karp_search("abracadabra", "abra")
    [0, 7]
    >>> rabin_karp_search("abracadabra", "abra", modulus=3)
    [0, 7]
    """
    if modulus < 2 or base < 2:
        raise ValueError(f"base and modulus must be at least 2, got {base} and {modulus}")
    n, m = len(text), len(pattern)
    if m == 0:
        return list(range(n + 1))
    if m > n:
        return []
    leading = pow(base, m - 1, modulus)  # weight of the digit that leaves the window
    pattern_hash = window_hash = 0
    for k in range(m):
        pattern_hash = (pattern_hash * base + ord(pattern[k])) % modulus
        window_hash = (window_hash * base + ord(text[k])) % modulus
    found = []
    for i in range(n - m + 1):
        if window_hash == pattern_hash and text[i : i + m] == pattern:
            found.append(i)
        if i + m < n:
            window_hash = (window_hash - ord(text[i]) * leading) * base + ord(text[i + m])
            window_hash %= modulus
    return found
