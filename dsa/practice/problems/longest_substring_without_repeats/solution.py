"""Longest substring without repeated characters: a sliding window with last-seen positions.

The window ``s[left:right + 1]`` never holds a repeat. Each new character ``s[right]`` joins on
the right; if it was last seen at an index inside the window, the window must drop everything up
to and including that index, so ``left`` jumps to one past it. ``left`` only moves forward, so a
stale last-seen index from before the window is ignored.

Time O(n): each index is visited once. Space O(k) for the last-seen map, k distinct characters.
"""


def length_of_longest_substring(s: str) -> int:
    """Return the length of the longest substring of ``s`` with no repeated character."""
    last_seen: dict[str, int] = {}
    left = 0
    best = 0
    for right, char in enumerate(s):
        if last_seen.get(char, -1) >= left:
            left = last_seen[char] + 1
        last_seen[char] = right
        best = max(best, right - left + 1)
    return best
