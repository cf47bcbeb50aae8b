"""Word break: can a string be cut into dictionary words?"""


def word_break(s: str, words: list[str]) -> bool:
    """Return True if s is a concatenation of words from words (each reusable), else False.

    A prefix s[:i] can be cut exactly when some word ends at i and the part before that word can be
    cut. Filling can[0..n] from left to right answers each prefix once from the shorter ones, where
    a plain recursion would re-solve the same suffix exponentially often. Only the distinct word
    lengths need trying at each end position, each with one set lookup of a slice.

    Time O(n · L²) with L the longest word length (at most L slices of length at most L per
    position), extra space O(n + W) for the table and the word set.
    """
    vocabulary = set(words)
    lengths = sorted({len(w) for w in vocabulary})
    can = [True] + [False] * len(s)
    for end in range(1, len(s) + 1):
        for size in lengths:
            if size > end:
                break
            if can[end - size] and s[end - size:end] in vocabulary:
                can[end] = True
                break
    return can[len(s)]
