"""Ignores counts: keys on the set of letters, so "aab" and "abb" land in one group."""


def group_anagrams(words: list[str]) -> list[list[str]]:
    groups: dict[frozenset[str], list[str]] = {}
    for word in words:
        groups.setdefault(frozenset(word), []).append(word)
    return list(groups.values())
