"""Quadratic: keeps the window as a list and searches it with `in` and index(), O(n * k)."""


def length_of_longest_substring(s: str) -> int:
    window: list[str] = []
    best = 0
    for char in s:
        if char in window:
            window = window[window.index(char) + 1:]
        window.append(char)
        best = max(best, len(window))
    return best
