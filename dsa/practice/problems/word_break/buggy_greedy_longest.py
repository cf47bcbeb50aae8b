"""Greedy where DP is needed: always cutting off the longest word that fits, never backing up."""


def word_break(s: str, words: list[str]) -> bool:
    """Return whether greedily taking the longest matching word at each position reaches the end."""
    vocabulary = set(words)
    longest = max((len(w) for w in vocabulary), default=0)
    start = 0
    while start < len(s):
        for size in range(min(longest, len(s) - start), 0, -1):
            if s[start:start + size] in vocabulary:
                start += size
                break
        else:
            return False
    return True
