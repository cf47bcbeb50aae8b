"""How far each suffix agrees with the start: the Z-algorithm."""


def z_values(s: str) -> list[int]:
    """Return the Z-array of ``s``: ``z[i]`` = the longest common prefix of s and s[i:].

    Invariant: [l, r) is the match window reaching furthest right, s[l:r] == s[:r - l]. Inside
    it, z[i] >= min(z[i - l], r - i) without looking; comparisons start at r at the earliest,
    and each successful one moves r right, so O(n) time in all, O(n) extra space.
    """
    n = len(s)
    z = [0] * n
    if n:
        z[0] = n
    l = r = 0
    for i in range(1, n):
        k = min(z[i - l], r - i) if i < r else 0
        while i + k < n and s[k] == s[i + k]:
            k += 1
        z[i] = k
        if i + k > r:
            l, r = i, i + k
    return z
