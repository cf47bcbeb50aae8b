"""Copies z[i - l] without capping it at the window's end r - i, so a value can claim
agreement beyond what the window has checked."""


def z_values(s: str) -> list[int]:
    n = len(s)
    z = [0] * n
    if n:
        z[0] = n
    l = r = 0
    for i in range(1, n):
        k = z[i - l] if i < r else 0
        k = min(k, n - i)
        while i + k < n and s[k] == s[i + k]:
            k += 1
        z[i] = k
        if i + k > r:
            l, r = i, i + k
    return z
