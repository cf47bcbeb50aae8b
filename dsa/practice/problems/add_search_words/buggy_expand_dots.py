"""Too slow: keeps a set of words and tries all 26 letters for every dot, 26³ lookups for a
pattern with three dots, where a trie follows only the branches that exist."""

from itertools import product

LETTERS = "abcdefghijklmnopqrstuvwxyz"


class WordDictionary:
    def __init__(self) -> None:
        self.words: set[str] = set()

    def add_word(self, word: str) -> None:
        self.words.add(word)

    def search(self, pattern: str) -> bool:
        spots = [i for i, c in enumerate(pattern) if c == "."]
        letters = list(pattern)
        for choice in product(LETTERS, repeat=len(spots)):
            for spot, letter in zip(spots, choice, strict=True):
                letters[spot] = letter
            if "".join(letters) in self.words:
                return True
        return False
