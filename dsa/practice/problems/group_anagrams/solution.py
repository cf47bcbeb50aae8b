"""Group anagrams: gather the words that use the same letters."""


def group_anagrams(words: list[str]) -> list[list[str]]:
    """Return the groups of mutual anagrams, each group in input order, groups in any order.

    Two words are anagrams exactly when their sorted letters are equal, so the sorted letters
    make a key shared by a whole group and by nothing else. One pass fills a dict from key to
    group. Time O(n · k log k) for n words of length at most k; extra space O(n · k).
    """
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault("".join(sorted(word)), []).append(word)
    return list(groups.values())
