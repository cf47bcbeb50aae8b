"""Valid anagram: do two strings use the same letters the same number of times?"""


def is_anagram(s: str, t: str) -> bool:
    """Return ``True`` when ``t`` is a rearrangement of the letters of ``s``.

    One table of 26 counters: each letter of ``s`` adds one and each letter of ``t`` takes one
    away, so anagrams leave every counter at zero. Unequal lengths can never be anagrams, which
    is checked first. Time O(n), extra space O(1) (the table's size does not grow with n).
    """
    if len(s) != len(t):
        return False
    counts = [0] * 26
    for a, b in zip(s, t, strict=True):
        counts[ord(a) - ord("a")] += 1
        counts[ord(b) - ord("a")] -= 1
    return not any(counts)
