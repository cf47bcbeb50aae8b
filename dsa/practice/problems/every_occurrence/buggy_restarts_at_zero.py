"""On a mismatch, restarts the pattern from its first character instead of falling back along
the failure links, so a match that begins inside the failed attempt is missed."""


def occurrences(text: str, pattern: str) -> list[int]:
    m, found, j = len(pattern), [], 0
    for i, ch in enumerate(text):
        if ch != pattern[j]:
            j = 0
        if ch == pattern[j]:
            j += 1
            if j == m:
                found.append(i - m + 1)
                j = 0
    return found
