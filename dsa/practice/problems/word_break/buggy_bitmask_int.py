"""Wrong type: keeps the reachable cut points in an int bitmask and returns a bit, not a bool."""


def word_break(s: str, words: list[str]) -> bool:
    reachable = 1  # bit i set: s[:i] can be cut
    for end in range(1, len(s) + 1):
        for word in set(words):
            start = end - len(word)
            if start >= 0 and reachable >> start & 1 and s[start:end] == word:
                reachable |= 1 << end
                break
    return reachable >> len(s) & 1
