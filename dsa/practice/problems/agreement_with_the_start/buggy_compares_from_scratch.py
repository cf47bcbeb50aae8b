"""Compares from scratch at every position: right, but O(n²) on "aaaa…"."""


def z_values(s: str) -> list[int]:
    n = len(s)
    z = []
    for i in range(n):
        k = 0
        while i + k < n and s[k] == s[i + k]:
            k += 1
        z.append(k)
    return z
