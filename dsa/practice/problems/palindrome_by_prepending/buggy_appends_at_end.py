"""Mirrors the wrong end: finds the longest palindromic suffix and adds characters after s."""


def shortest_palindrome(s: str) -> str:
    r = s[::-1]
    t: list[str | None] = [*r, None, *s]
    fail = [0] * len(t)
    k = 0
    for j in range(1, len(t)):
        while k and t[j] != t[k]:
            k = fail[k - 1]
        if t[j] == t[k]:
            k += 1
        fail[j] = k
    k = fail[-1] if s else 0
    return s + r[k:]
