"""Prefix function of s + reversed(s) with no separator: the match can run past the middle,
giving a 'palindromic prefix' longer than s is, or one that is not a palindrome."""


def shortest_palindrome(s: str) -> str:
    t = s + s[::-1]
    fail = [0] * len(t)
    k = 0
    for j in range(1, len(t)):
        while k and t[j] != t[k]:
            k = fail[k - 1]
        if t[j] == t[k]:
            k += 1
        fail[j] = k
    k = min(fail[-1], len(s)) if s else 0
    return s[k:][::-1] + s
