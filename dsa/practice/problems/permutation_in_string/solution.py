"""Permutation in a string: a fixed-size window of letter counts.

A rearrangement of ``pattern`` has exactly ``m = len(pattern)`` letters with the same counts, so
only windows of width ``m`` matter. ``diff[c]`` is the window's count of letter ``c`` minus the
pattern's, and ``unequal`` is how many of the 26 letters have ``diff != 0``. Sliding the window one
step changes two counts, and ``unequal`` is updated as each one crosses zero, so every step is O(1);
the window matches when ``unequal == 0``.

Time O(n + m), space O(1) (26 counters).
"""


def contains_permutation(pattern: str, text: str) -> bool:
    """Return whether some contiguous piece of ``text`` is a rearrangement of ``pattern``."""
    width = len(pattern)
    if width > len(text):
        return False
    diff = [0] * 26
    for char in pattern:
        diff[ord(char) - 97] -= 1
    unequal = sum(1 for d in diff if d != 0)

    def shift(char: str, step: int) -> None:
        nonlocal unequal
        i = ord(char) - 97
        before = diff[i]
        diff[i] += step
        unequal += (diff[i] != 0) - (before != 0)

    for right, char in enumerate(text):
        shift(char, +1)
        if right >= width:
            shift(text[right - width], -1)
        if right >= width - 1 and unequal == 0:
            return True
    return False
