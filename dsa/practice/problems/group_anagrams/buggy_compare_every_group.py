"""Quadratic: compares each word with every group found so far, O(n²) comparisons."""


def group_anagrams(words: list[str]) -> list[list[str]]:
    groups: list[list[str]] = []
    for word in words:
        for group in groups:
            if sorted(group[0]) == sorted(word):
                group.append(word)
                break
        else:
            groups.append([word])
    return groups
