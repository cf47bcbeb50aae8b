"""Packed counts: four bits per letter, so a letter seen 16 times spills into the next letter."""


def group_anagrams(words: list[str]) -> list[list[str]]:
    groups: dict[int, list[str]] = {}
    for word in words:
        key = 0
        for c in word:
            key += 1 << (4 * (ord(c) - ord("a")))
        groups.setdefault(key, []).append(word)
    return list(groups.values())
