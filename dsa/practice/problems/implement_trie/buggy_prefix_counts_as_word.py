"""Missing end-of-word mark: search says yes to any prefix of a stored word."""


class Trie:
    """A prefix tree that forgets where words end."""

    def __init__(self) -> None:
        self.root: dict = {}
        self.any_word = False

    def insert(self, word: str) -> None:
        node = self.root
        for letter in word:
            node = node.setdefault(letter, {})
        self.any_word = True

    def _walk(self, text: str) -> dict | None:
        node = self.root
        for letter in text:
            node = node.get(letter)
            if node is None:
                return None
        return node

    def search(self, word: str) -> bool:
        return self.any_word and self._walk(word) is not None

    def starts_with(self, prefix: str) -> bool:
        return self.any_word and self._walk(prefix) is not None
