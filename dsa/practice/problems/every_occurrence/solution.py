"""Every place a pattern occurs: Knuth–Morris–Pratt."""


def _failure(pattern: str) -> list[int]:
    """``fail[j]``: the length of the longest proper prefix of pattern[:j + 1] that is also a
    suffix of it."""
    fail = [0] * len(pattern)
    k = 0
    for j in range(1, len(pattern)):
        while k and pattern[j] != pattern[k]:
            k = fail[k - 1]
        if pattern[j] == pattern[k]:
            k += 1
        fail[j] = k
    return fail


def occurrences(text: str, pattern: str) -> list[int]:
    """Return the sorted positions ``i`` with ``text[i:i + len(pattern)] == pattern``.

    The scan keeps j, the length of the longest pattern prefix ending at the current text
    position; a mismatch falls back along the failure links instead of moving back in the text.
    Each step either advances i or shortens j, and j grows by at most one per i, so O(n + m)
    time; O(m) extra space for the failure table.
    """
    m = len(pattern)
    fail = _failure(pattern)
    found, j = [], 0
    for i, ch in enumerate(text):
        while j and ch != pattern[j]:
            j = fail[j - 1]
        if ch == pattern[j]:
            j += 1
            if j == m:
                found.append(i - m + 1)
                j = fail[m - 1]  # keep the overlap: the next match may start inside this one
    return found
