"""Ignores counts: compares sets of letters, so "loop" matches the window "poll"."""


def contains_permutation(pattern: str, text: str) -> bool:
    width = len(pattern)
    wanted = set(pattern)
    return any(set(text[start:start + width]) == wanted
               for start in range(len(text) - width + 1))
