"""Compares the pattern at every start, character by character: O(n · m)."""


def occurrences(text: str, pattern: str) -> list[int]:
    n, m, found = len(text), len(pattern), []
    for i in range(n - m + 1):
        k = 0
        while k < m and text[i + k] == pattern[k]:
            k += 1
        if k == m:
            found.append(i)
    return found
