"""Hard-coded bound: stores and looks up only the first 20 letters of each word, as if no word
were longer, but words may have 30 letters."""

_END = "$"
_LONGEST = 20


class Trie:
    def __init__(self) -> None:
        self.root: dict = {}
        self.any_word = False

    def insert(self, word: str) -> None:
        node = self.root
        for letter in word[:_LONGEST]:
            node = node.setdefault(letter, {})
        node[_END] = True
        self.any_word = True

    def _walk(self, text: str) -> dict | None:
        node = self.root
        for letter in text[:_LONGEST]:
            node = node.get(letter)
            if node is None:
                return None
        return node

    def search(self, word: str) -> bool:
        node = self._walk(word)
        return node is not None and _END in node

    def starts_with(self, prefix: str) -> bool:
        return self.any_word and self._walk(prefix) is not None
