"""Wrong type: starts_with returns the node it reached (a dict, or None) instead of a bool."""

_END = "$"


class Trie:
    def __init__(self) -> None:
        self.root: dict = {}

    def insert(self, word: str) -> None:
        node = self.root
        for letter in word:
            node = node.setdefault(letter, {})
        node[_END] = True

    def _walk(self, text: str) -> dict | None:
        node = self.root
        for letter in text:
            node = node.get(letter)
            if node is None:
                return None
        return node

    def search(self, word: str) -> bool:
        node = self._walk(word)
        return node is not None and _END in node

    def starts_with(self, prefix: str) -> bool:
        return self._walk(prefix) if self.root else False
