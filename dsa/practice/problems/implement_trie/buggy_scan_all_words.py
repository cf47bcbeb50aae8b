"""Linear scan: starts_with checks every stored word, O(n·L) per call instead of O(L)."""


class Trie:
    """Words kept in a set and a list; prefixes found by scanning the list."""

    def __init__(self) -> None:
        self.words: set[str] = set()
        self.order: list[str] = []

    def insert(self, word: str) -> None:
        if word not in self.words:
            self.words.add(word)
            self.order.append(word)

    def search(self, word: str) -> bool:
        return word in self.words

    def starts_with(self, prefix: str) -> bool:
        return any(word.startswith(prefix) for word in self.order)
