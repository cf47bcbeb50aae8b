"""Leaves z[0] at 0 (a common library convention), where the statement asks for len(s)."""


def z_values(s: str) -> list[int]:
    n = len(s)
    z = [0] * n
    l = r = 0
    for i in range(1, n):
        k = min(z[i - l], r - i) if i < r else 0
        while i + k < n and s[k] == s[i + k]:
            k += 1
        z[i] = k
        if i + k > r:
            l, r = i, i + k
    return z
