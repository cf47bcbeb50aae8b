"""Group anagrams: gather the words that use the same letters."""


def group_anagrams(words: list[str]) -> list[list[str]]:
    """Return the groups of mutual anagrams, each group in input order, groups in any order."""
    raise NotImplementedError("write your solution here")
