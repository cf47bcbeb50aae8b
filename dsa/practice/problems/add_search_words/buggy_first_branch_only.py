"""Greedy at the dot: follows only the first child instead of trying every branch."""


class WordDictionary:
    """A trie whose dot search commits to one child."""

    def __init__(self) -> None:
        self.root: dict = {}

    def add_word(self, word: str) -> None:
        node = self.root
        for letter in word:
            node = node.setdefault(letter, {})
        node["$"] = True

    def search(self, pattern: str) -> bool:
        node = self.root
        for letter in pattern:
            if letter == ".":
                children = [child for key, child in node.items() if key != "$"]
                if not children:
                    return False
                node = children[0]
            elif letter in node:
                node = node[letter]
            else:
                return False
        return "$" in node
