"""Hash trick: keys on (length, sum of codes, sum of squared codes), exact only for 3 letters."""


def group_anagrams(words: list[str]) -> list[list[str]]:
    groups: dict[tuple[int, int, int], list[str]] = {}
    for word in words:
        key = (len(word), sum(ord(c) for c in word), sum(ord(c) ** 2 for c in word))
        groups.setdefault(key, []).append(word)
    return list(groups.values())
