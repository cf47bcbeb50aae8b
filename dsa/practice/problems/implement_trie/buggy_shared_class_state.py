"""Shared state: the root lives on the class, so every Trie() sees every other trie's words."""


class Trie:
    """A prefix tree whose root is a class attribute."""

    root: dict = {}  # noqa: RUF012 - the bug: one dict shared by all instances

    def insert(self, word: str) -> None:
        node = self.root
        for letter in word:
            node = node.setdefault(letter, {})
        node["$"] = True

    def _walk(self, text: str) -> dict | None:
        node = self.root
        for letter in text:
            node = node.get(letter)
            if node is None:
                return None
        return node

    def search(self, word: str) -> bool:
        node = self._walk(word)
        return node is not None and "$" in node

    def starts_with(self, prefix: str) -> bool:
        return bool(self.root) and self._walk(prefix) is not None
