"""Quadratic: restarts a scan from every start index instead of sliding one window."""


def length_of_longest_substring(s: str) -> int:
    best = 0
    for start in range(len(s)):
        seen: set[str] = set()
        for char in s[start:]:
            if char in seen:
                break
            seen.add(char)
        best = max(best, len(seen))
    return best
