"""Wrong type: the recursive search falls off its end when nothing matches, returning None
instead of False."""

_END = "$"


class WordDictionary:
    def __init__(self) -> None:
        self.root: dict = {}

    def add_word(self, word: str) -> None:
        node = self.root
        for letter in word:
            node = node.setdefault(letter, {})
        node[_END] = True

    def search(self, pattern: str) -> bool:
        return self._search(self.root, pattern, 0)

    def _search(self, node: dict, pattern: str, i: int) -> bool:
        if i == len(pattern):
            if _END in node:
                return True
            return None
        keys = [k for k in node if k != _END] if pattern[i] == "." else [pattern[i]]
        for key in keys:
            if key in node and self._search(node[key], pattern, i + 1):
                return True
