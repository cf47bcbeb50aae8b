"""Missing end-of-word check: a pattern matching a prefix of a stored word is accepted."""


class WordDictionary:
    """A trie that never checks where words end."""

    def __init__(self) -> None:
        self.root: dict = {}

    def add_word(self, word: str) -> None:
        node = self.root
        for letter in word:
            node = node.setdefault(letter, {})
        node["$"] = True

    def search(self, pattern: str) -> bool:
        stack = [(self.root, 0)]
        while stack:
            node, i = stack.pop()
            if i == len(pattern):
                return True
            if pattern[i] == ".":
                stack.extend((child, i + 1) for key, child in node.items() if key != "$")
            elif pattern[i] in node:
                stack.append((node[pattern[i]], i + 1))
        return False
